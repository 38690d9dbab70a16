# Argument errors of math functions: counts, keywords and types, with CPython's messages.
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


print(attempt(math.sqrt), attempt(math.sqrt, 1, 2), attempt(math.sqrt, x=4), attempt(math.sqrt, "4"))
print(attempt(math.sin, None), attempt(math.cos, [1]), attempt(math.exp, (1,)), attempt(math.gamma, "x"))
print(attempt(math.pow, 1), attempt(math.pow, 1, 2, 3), attempt(math.atan2, 1), attempt(math.copysign, "a", 1))
print(attempt(math.fmod, 1, "b"), attempt(math.remainder), attempt(math.hypot, x=1), attempt(math.hypot, 3, "a"))
print(attempt(math.log), attempt(math.log, 1, 2, 3), attempt(math.log, x=1), attempt(math.log, "e"))
print(attempt(math.log2), attempt(math.log10, 1, 2), attempt(math.log1p, "a"), attempt(math.frexp, "a"))
print(attempt(math.isclose, 1, 2, 3), attempt(math.isclose, 1), attempt(math.isclose, 1, 1, foo=1))
print(attempt(math.isclose, 1, b=1, a=1), attempt(math.isclose, 1, "x"), attempt(math.isclose, 1, 1, rel_tol="x"))
print(attempt(math.isclose), attempt(math.isclose, a=1, b=1.0))
print(attempt(math.comb, 5), attempt(math.comb, 5, 2, 1), attempt(math.comb, n=5, k=2), attempt(math.perm))
print(attempt(math.perm, 1, 2, 3), attempt(math.gcd, 1), attempt(math.gcd, 1, 2, 3), attempt(math.isqrt))
print(attempt(math.factorial), attempt(math.factorial, 1, 2), attempt(math.ceil), attempt(math.floor, 1, 2))
print(attempt(math.trunc), attempt(math.fsum), attempt(math.fsum, [1], [2]), attempt(math.dist, (1,)))
print(attempt(math.isnan, "a"), attempt(math.isinf), attempt(math.isfinite, None), attempt(math.modf))
print(attempt(math.degrees, "a"), attempt(math.radians), attempt(math.ldexp, 1), attempt(math.erf, 1, 2))
print(attempt(math.fsum, [1, None]), attempt(math.hypot, 10 ** 400), attempt(math.dist, (10 ** 400,), (1,)))
print(attempt(math.sqrt, -1), attempt(math.acos, 2), attempt(math.exp, 1000), attempt(math.sinh, -1000))
print(attempt(math.atanh, -1), attempt(math.acosh, 0.5), attempt(math.log, -0.0), attempt(math.pow, -8, 1 / 3))
print(attempt(math.pow, 0.0, -1), attempt(math.pow, 10.0, 400), attempt(math.fmod, float("inf"), 2))
print(attempt(math.remainder, 1, 0), attempt(math.remainder, float("inf"), 3), attempt(math.gamma, -2))
print(attempt(math.gamma, 0.0), attempt(math.gamma, 172), attempt(math.lgamma, -3), attempt(math.lgamma, 1e308))
print(math.sqrt.__name__ if False else "", repr(math.sqrt), repr(math.hypot))
