print(abs(5), abs(-5), abs(0))
print(abs(-0), abs(+3))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0))
print(abs(-1e300), abs(-1e-300))
print(abs(-2 ** 63), abs(-2 ** 64), abs(2 ** 64))
print(abs(-12345678901234567890123456789))
print(abs(-(2 ** 63) + 1))
print(abs(True), abs(False))
print(abs(-7 // 2), abs(-7 % 3))
print(abs(-1 / 3))
print(abs(-1e300 * 1e300))


def dist(a, b):
    return abs(a - b)


print(dist(3, 10), dist(10, 3), dist(-5, 5), dist(0.5, 0.25))
print(dist(2 ** 70, 2 ** 71))
vals = [-3, 4, -1.5, 0, -2 ** 100]
for v in vals:
    print(v, "->", abs(v))
s = 0
for v in vals:
    s += abs(v)
print(s)
print(abs(abs(-4)) == 4)
print(abs(-9223372036854775808))
print(abs(-9223372036854775807 - 1) == 9223372036854775808)
