# The two-argument float functions of math, and frexp, modf, ldexp, over every pair of a set of
# ordinary and special values.
import math


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -2.5, 7.25, 10.0,
          1e-310, 1e300, -1e300, inf, -inf, nan, 5, -4, True]

for x in values:
    for y in values:
        print(repr(x), repr(y),
              "pow", attempt(math.pow, x, y),
              "atan2", attempt(math.atan2, x, y),
              "fmod", attempt(math.fmod, x, y),
              "remainder", attempt(math.remainder, x, y),
              "copysign", attempt(math.copysign, x, y),
              "hypot", attempt(math.hypot, x, y),
              "isclose", attempt(math.isclose, x, y),
              "log", attempt(math.log, x, y))

# remainder rounds halfway cases to the even multiple.
i = -12
while i <= 12:
    print("remainder", i / 2, math.remainder(i / 2, 1.0), math.remainder(i, 4), math.fmod(i, 4.5))
    i = i + 1

for x in values:
    print("frexp", repr(x), attempt(math.frexp, x), "modf", attempt(math.modf, x))
for x in [1.0, -3.5, 0.1, 1e-320, 2.0 ** 1023, 123456789.0]:
    for e in [0, 1, -1, 10, -1074, -1080, 1023, 1024, 2000, -2000, 10 ** 30, -10 ** 30]:
        print("ldexp", repr(x), e, attempt(math.ldexp, x, e))
print(attempt(math.ldexp, 0.0, 10 ** 30), attempt(math.ldexp, inf, -5), attempt(math.ldexp, nan, 3))
print(attempt(math.ldexp, 1.0, 2.0), attempt(math.ldexp, "1", 2), attempt(math.ldexp, 1, True))
# frexp and ldexp are inverses.
for x in [0.1, 1e-310, 6.02e23, -7.5, 2.0 ** -1074]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)

# hypot and dist with any number of coordinates.
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 3e-200), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(-inf, 2))
print(math.hypot(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist((), ()), math.dist((1.5,), (-2.5,)))
print(math.dist((1e308, 1e308), (-1e308, -1e308)), math.dist((inf, 0), (0, nan)))
k = 1
while k <= 12:
    a = (k, k / 3, -k * 7, 0.1 * k)
    b = (k * k, 1 / k, k + 0.5, -k)
    print("dist", k, math.dist(a, b), math.hypot(k, k / 3, -k * 7, 0.1 * k))
    k = k + 1
print(attempt(math.dist, (1, 2), (1, 2, 3)), attempt(math.dist, 1, 2), attempt(math.dist, (1,), ("a",)))

# isclose's tolerances.
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf))
print(math.isclose(nan, nan), math.isclose(1e308, inf), math.isclose(a=2, b=2.0000000001), math.isclose(5, 5, rel_tol=0))
print(attempt(math.isclose, 1, 1, rel_tol=-1), attempt(math.isclose, 1, 1, abs_tol=-1e-9))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-90), math.degrees(inf))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(nan, -1), math.fabs(-0.0))
