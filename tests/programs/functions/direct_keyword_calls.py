# Calls of module-level functions that bind at compile time: keywords, defaults, keyword-only
# and positional-only parameters; and the same calls when the name is rebound.
trace = []


def arg(label, value):
    trace.append(label)
    return value


def point(x, y=2, *, z=3, w):
    return (x, y, z, w)


def pos_only(a, b=10, /, c=20):
    return a + b + c


def fact(n, *, acc=1):
    return acc if n <= 1 else fact(n - 1, acc=acc * n)


print(point(1, w=4), point(y=5, x=6, w=7), point(1, 2, z=0, w=9))
print(point(w=arg("w", 1), x=arg("x", 2)), trace)
print(pos_only(1), pos_only(1, 2), pos_only(1, c=3), pos_only(1, 2, c=3))
print(fact(10), fact(5, acc=2))

for bad in [
    lambda: point(1),
    lambda: point(1, 2, 3, w=4),
    lambda: point(1, x=1, w=2),
    lambda: point(1, q=1, w=2),
    lambda: pos_only(a=1),
    lambda: pos_only(),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def twice(x, y=1):
    return ("first", x, y)


def use():
    return twice(y=5, x=6), twice(7)


print(use())


def twice(y, x=100):  # a second def of the name: calls must bind against this one
    return ("second", x, y)


print(use())
original = point
point = lambda **kw: sorted(kw.items())
print(point(x=1, w=2))
point = original
print(point(0, w=0))
