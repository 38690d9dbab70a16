# Big ints meeting floats: correctly rounded int -> float (ties to even), true division, exact
# comparisons at every size, float -> int, as_integer_ratio, round, fromhex; and hashes of big
# ints of both signs (modulo 2**61 - 1, with -1 mapped to -2).
import math
import sys

print("-- int to float")
for n in [2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 54 + 1,
          2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1, 2 ** 64 + 3 * 2 ** 11,
          (2 ** 53 + 1) * 2 ** 900, (2 ** 53 + 1) * 2 ** 900 + 1, (2 ** 53 - 1) * 2 ** 971,
          2 ** 1024 - 2 ** 971 - 1, 2 ** 1023, 10 ** 300, 3 ** 600, 12345678901234567890123456789]:
    print(n, float(n), float(-n), n * 1.0, -n + 0.0, float(n) == n, float(-n) == -n)
for n in [2 ** 1024 - 2 ** 970, 2 ** 1024, -(2 ** 1024) + 2 ** 970, 10 ** 400]:
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError", e)

print("-- true division")
for a, b in [(2 ** 100, 3), (-(2 ** 100), 3), (10 ** 400, 10 ** 399), (1, 2 ** 1100), (2 ** 1100, 2 ** 100),
             (3 ** 700, 2 ** 1000 + 1), (2 ** 53 + 1, 2), (-(2 ** 54) - 3, 4), (10 ** 30 + 7, 10 ** 30)]:
    print(a / b, -a / b, a / -b)
for a, b in [(2 ** 2000, 3), (10 ** 400, 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError", e)

print("-- comparisons with floats")
for n in [2 ** 53 + 1, 2 ** 63, 2 ** 64 + 1, 2 ** 1000, 2 ** 1000 + 1, 2 ** 1000 - 1, 10 ** 308, 2 ** 1024]:
    for f in [float(2 ** 53), 9.223372036854776e18, 1.8446744073709552e19, 2.0 ** 1000, 1e308,
              math.inf, 1.5]:
        print(n < f, n == f, n > f, -n < -f, -n == -f, -n > -f, end=" | ")
    print()

print("-- float to int")
for f in [1e18, 9.2e18, 9.3e18, -9.3e18, 1e19, 1.5e19, -1e22, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64,
          1e300, -1.7976931348623157e308, 123456789.987, -0.99, 4503599627370497.5]:
    print(f, int(f), math.trunc(f), math.floor(f), math.ceil(f), round(f))
for f in [1e300, -2.5e-300, 0.1, -1.5, 2.0 ** 80, 5e-324, 1.7976931348623157e308]:
    print(f, f.as_integer_ratio())
print(round(2.675, 2), round(-1234567.891, -3), round(1e22, -21), round(5e-324, 323), round(0.5e300, -299))
print(float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"),
      float.fromhex("0x" + "f" * 40 + "p-160"), float.fromhex("-0x1" + "0" * 30 + "1p-120"),
      float.fromhex("0x0.0000000000001" + "0" * 20 + "8p-1022"))

print("-- int round with negative ndigits")
for n in [2 ** 70, -(2 ** 70), 10 ** 30 + 5 * 10 ** 9, -(10 ** 30) - 5 * 10 ** 9, 25 * 10 ** 20,
          35 * 10 ** 20, -(25 * 10 ** 20)]:
    print(n, round(n, -10), round(n, -21), round(n, -40), round(n, -400))

print("-- hashes")
P = 2 ** 61 - 1
for n in [P - 1, P, P + 1, 2 * P, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100, 3 ** 80, 10 ** 30,
          P * 12345 + 1, P * 2 ** 70 + 5]:
    print(n, hash(n), hash(-n), hash(float(n)) == hash(n), hash(n) == hash(n + P))
print(hash(-(2 ** 61)), hash(-(P + 1)), hash(-1), hash(-(P * 3 + 1)), hash(-(2 ** 100 * P + 1)))
print({2 ** 64: 1, -(2 ** 64): 2, 2 ** 64 + P: 3}[-(2 ** 64)], len({P, 2 * P, 0, -P}))

print("-- sizes")
for n in [2 ** 62, 2 ** 63, 2 ** 90, 2 ** 120, -(2 ** 120), 10 ** 100]:
    print(n.bit_length(), sys.getsizeof(n))
