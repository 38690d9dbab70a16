# The integer functions of math, on small and big ints, and rounding floats to ints.
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


n = 0
while n <= 30:
    print("factorial", n, math.factorial(n), math.isqrt(n), math.isqrt(n * n), math.isqrt(n * n - 1 if n else 0))
    n = n + 1
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 30 + 7), math.factorial(True))
print(attempt(math.factorial, -1), attempt(math.factorial, 2.5), attempt(math.factorial, "5"))
print(attempt(math.factorial, 10 ** 30), attempt(math.factorial, -10 ** 30), attempt(math.factorial, float("inf")))
print(attempt(math.factorial, float("nan")), attempt(math.factorial, -1.5), attempt(math.factorial, [1]))

n = 0
while n <= 12:
    row = []
    k = 0
    while k <= n + 1:
        row = row + [math.comb(n, k)]
        k = k + 1
    print("comb", n, row)
    row = []
    k = 0
    while k <= n + 1:
        row = row + [math.perm(n, k)]
        k = k + 1
    print("perm", n, row, math.perm(n), math.perm(n, None))
    n = n + 1
print(math.comb(100, 50), math.comb(10 ** 20, 3), math.comb(10 ** 20, 10 ** 20 - 2), math.comb(200, 199))
print(math.perm(50, 20), math.perm(10 ** 20, 2), math.perm(3, 10), math.comb(3, 10), math.comb(True, True))
print(attempt(math.comb, -1, 2), attempt(math.comb, 5, -2), attempt(math.comb, -1, -2), attempt(math.comb, 5.0, 2))
print(attempt(math.comb, 10 ** 30, 10 ** 20), attempt(math.perm, 10 ** 30, 10 ** 20), attempt(math.perm, -3, 1))
print(attempt(math.perm, 5, -1), attempt(math.perm, 5, 2.0), attempt(math.comb, 2, "1"), attempt(math.perm, -1))

big = 3 ** 200
print(math.isqrt(big), math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2, math.isqrt(10 ** 100))
print(math.isqrt(2 ** 64), math.isqrt(2 ** 64 - 1), math.isqrt(True), math.isqrt(0))
print(attempt(math.isqrt, -1), attempt(math.isqrt, 4.0), attempt(math.isqrt, -10 ** 40))

pairs = [(0, 0), (0, 5), (12, 18), (-12, 18), (12, -18), (-12, -18), (17, 5), (2 ** 64, 2 ** 40 * 3),
         (10 ** 40, 10 ** 25 * 7), (-(2 ** 63), 0), (True, 4), (1071, 462), (3 ** 50, 6 ** 30)]
for a, b in pairs:
    print("gcd", a, b, math.gcd(a, b))
print(attempt(math.gcd, 1.0, 2), attempt(math.gcd, 4, "6"), attempt(math.gcd, 4))

values = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e300, -1e300, 123456789.987, -2.0 ** 70, 4503599627370497.0,
          7, -7, 10 ** 40, True, float("inf"), float("-inf"), float("nan")]
for x in values:
    print("round", repr(x), attempt(math.ceil, x), attempt(math.floor, x), attempt(math.trunc, x))
print(attempt(math.ceil, "1"), attempt(math.floor, None), attempt(math.trunc, "1"), attempt(math.trunc, [1]))
print(type(math.ceil(1.5)), type(math.floor(-1.5)), type(math.trunc(2.7)), type(math.ceil(True)))

# Logarithms of ints too large for a float.
for e in [1, 10, 100, 308, 309, 400, 1000, 5000]:
    big = 10 ** e
    print("log", e, math.log(big), math.log10(big), math.log2(big), math.log(big, 10), math.log(big, 2), math.log1p(e))
for e in [1023, 1024, 1025, 2000, 100000]:
    print("log2", e, math.log2(2 ** e), math.log2(2 ** e - 1), math.log(2 ** e), math.log10(2 ** e + 1))
print(math.log(2 ** 1024 - 2 ** 970), math.log(3 ** 1000, 3), math.log(10 ** 400, 10 ** 200))
print(attempt(math.log, 0), attempt(math.log, -10 ** 400), attempt(math.log2, False), attempt(math.log10, -1))
print(attempt(math.log1p, 10 ** 400), attempt(math.sqrt, 10 ** 400), attempt(math.log, 10, 1), attempt(math.log, 1, 1.0))
print(attempt(math.log, 8, 0.5), attempt(math.log, 0.5, 0), attempt(math.exp, 10 ** 400), math.sqrt(2 ** 1000))
