# Shortest float reprs where two digit strings of that length round-trip: CPython picks the
# correctly rounded one.
values = [139525948581100.625, 0.1, 1 / 3, 2 ** 0.5, 1e23, 9007199254740993.0, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), repr(-v))
x = 1.0
for i in range(60):
    x = x * 1.37 + 0.001
    print(repr(x))
