# math functions on instances of Python classes: __float__, __index__, __ceil__, __floor__ and
# __trunc__ are honoured as in CPython.
import math


def attempt(f, *args):
    try:
        return repr(f(*args))
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


class Meters:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return self.value * 1.0


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Rounded:
    def __ceil__(self):
        return "ceil called"

    def __floor__(self):
        return 42

    def __trunc__(self):
        return -7


class Plain:
    pass


m = Meters(2)
print(math.sqrt(m), math.exp(Meters(1)), math.hypot(Meters(3), 4), math.fsum([m, m, 0.5]), math.isclose(m, 2))
print(math.ceil(Meters(2.5)), math.floor(Meters(-2.5)), attempt(math.trunc, m), math.log(m), math.pow(m, Meters(10)))
print(math.factorial(Count(5)), math.gcd(Count(12), Count(18)), math.comb(Count(6), 2), math.isqrt(Count(17)))
print(math.perm(Count(4)), attempt(math.sqrt, Count(4)), attempt(math.factorial, m))
print(math.ceil(Rounded()), math.floor(Rounded()), math.trunc(Rounded()))
print(attempt(math.sqrt, Plain()), attempt(math.ceil, Plain()), attempt(math.trunc, Plain()), attempt(math.gcd, Plain(), 1))
