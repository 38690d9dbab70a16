# gamma and lgamma (CPython's own Lanczos approximation) and erf, erfc.
import math


def attempt(f, x):
    try:
        return repr(f(x))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)


inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, inf, -inf, nan, 1.0, 2.0, 3.0, 23.0, 24.0, 30.0, 170.0, 171.0, 171.5, 172.0,
          199.9, 200.5, -200.5, -1.0, -2.0, -0.5, -1.5, 1e-21, -1e-21, 1e-300, 1e300, -1e300,
          0.25, 4.75, 5.0, 5.5, 6.5, 140.5, 141.25, -140.5, -141.25, -170.5, -171.5, -180.25,
          1e20, -1e20, 2.5e305, 7, 10, -3]

i = -100
while i <= 300:
    values = values + [i / 7]
    i = i + 1

for x in values:
    print("gamma", repr(x), attempt(math.gamma, x), "lgamma", attempt(math.lgamma, x))

# erf and erfc come from the C library. Its aarch64 build rounds a few inputs differently in the
# last bit (as CPython on aarch64 does too), so these inputs are ones on which both agree.
for x in [0.0, -0.0, inf, -inf, nan, 0.5, -0.5, 1.0, -1.0, 2.0, 3.0, 5.0, 6.0, 8.0, 27.0, 30.0,
          -30.0, 1e-300, 0.125, 0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 4.5, -2.5, -4.0, 1e-5, 100]:
    print("erf", repr(x), attempt(math.erf, x), "erfc", attempt(math.erfc, x))
