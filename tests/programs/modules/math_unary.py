# The one-argument float functions of math over a grid of inputs, special values and the
# edges of their domains; every result and error is printed.
import math


def attempt(f, x):
    try:
        return repr(f(x))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


inf = float("inf")
nan = float("nan")
special = [0.0, -0.0, inf, -inf, nan, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 1.0, -1.0, 0.5, -0.5,
           2.0, 10.0, 100.0, 709.0, 710.0, -745.0, -746.0, 1e16, 3, -7, True, 2 ** 60]

grid = []
i = -48
while i <= 48:
    grid = grid + [i / 8]
    i = i + 1

functions = [
    ("sin", math.sin), ("cos", math.cos), ("tan", math.tan),
    ("asin", math.asin), ("acos", math.acos), ("atan", math.atan),
    ("sinh", math.sinh), ("cosh", math.cosh), ("tanh", math.tanh),
    ("asinh", math.asinh), ("acosh", math.acosh), ("atanh", math.atanh),
    ("exp", math.exp), ("expm1", math.expm1),
    ("log", math.log), ("log2", math.log2), ("log10", math.log10), ("log1p", math.log1p),
    ("sqrt", math.sqrt), ("fabs", math.fabs),
    ("degrees", math.degrees), ("radians", math.radians),
]

for name, f in functions:
    print("==", name)
    for x in special:
        print(name, repr(x), attempt(f, x))
    for x in grid:
        print(name, repr(x), attempt(f, x))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(math.pi))
for x in special:
    print("classify", repr(x), math.isnan(x), math.isinf(x), math.isfinite(x))
