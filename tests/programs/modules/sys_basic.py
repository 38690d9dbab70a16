# The sys module's values and functions (version_info, limits, exc_info, getsizeof, intern...).
import sys


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)
    except RecursionError as e:
        return "RecursionError: " + str(e)
    except IndexError as e:
        return "IndexError: " + str(e)
    except AttributeError as e:
        return "AttributeError: " + str(e)


vi = sys.version_info
print(vi[:2], vi[0], vi.major, vi.minor, vi[3], vi.releaselevel, vi.serial, vi[-1], len(vi))
print(vi >= (3, 8), vi < (3, 9), (3, 8) <= vi, (3, 7, 99) < vi, vi > (3,), vi == vi, vi != (3, 8))
print(vi[:2] == (3, 8), vi[0:2], vi[::4], vi[3:] + (1,), type(vi[:2]), 3 in vi, "final" in vi, 99 in vi)
major, minor, micro, level, serial = vi
print(major, minor, level, serial, list(vi)[:2], tuple(vi)[:2])
print(repr(vi)[:35], str(type(vi)), attempt(lambda: vi[5]), attempt(lambda: vi.bogus))
print(sys.hexversion >> 16 == 0x0308, sys.version[:4], sys.version[:3] == "3.8", type(sys.version))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.platform, sys.byteorder)
print(type(sys.argv), len(sys.argv), type(sys.argv[0]), type(sys.path), type(sys.modules))
print("sys" in sys.modules, sys.modules["sys"] is sys, "math" in sys.modules, type(sys.executable))
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)

# Recursion limit.
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


try:
    depth(600)
except RecursionError:
    print(depth(400), "RecursionError")
sys.setrecursionlimit(2000)
print(depth(1500), sys.getrecursionlimit())
print(attempt(sys.setrecursionlimit, 0), attempt(sys.setrecursionlimit, -5), attempt(sys.setrecursionlimit, 1.5))
print(attempt(sys.setrecursionlimit, "x"), attempt(sys.setrecursionlimit, 10 ** 30), attempt(sys.setrecursionlimit, 3))
print(attempt(sys.setrecursionlimit), attempt(sys.getrecursionlimit, 1), sys.getrecursionlimit())
print(attempt(sys.setrecursionlimit, 2), attempt(sys.setrecursionlimit, 100), sys.getrecursionlimit())


def limit_inside(n):
    if n > 0:
        return limit_inside(n - 1)
    return attempt(sys.setrecursionlimit, 12)


print(limit_inside(5), limit_inside(0), sys.getrecursionlimit())
sys.setrecursionlimit(1000)

# exc_info.
print(sys.exc_info())
try:
    raise KeyError("missing")
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind, repr(value), tb is not None, tb.tb_lineno, tb.tb_next)
print(sys.exc_info())


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError as e:
    info = sys.exc_info()
    print(info[0], info[1] is e, info[2].tb_lineno, info[2].tb_next.tb_lineno, info[2].tb_next.tb_next)
    try:
        int("x")
    except ValueError:
        print(sys.exc_info()[0], sys.exc_info()[1])
    print(sys.exc_info()[0])
print(sys.exc_info(), attempt(sys.exc_info, 1))

# intern.
first = "inter"
second = "in"
a = first + "ned"
b = second + "terned"
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == "interned")
print(attempt(sys.intern, 1), attempt(sys.intern), attempt(sys.intern, "a", "b"))

# The int to str conversion limit.
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
print(attempt(str, 10 ** 5000)[:40])
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
print(attempt(int, "1" * 6001)[:40])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=640)
print(attempt(str, 10 ** 640)[:50], len(str(10 ** 639)))
print(attempt(sys.set_int_max_str_digits, 639), attempt(sys.set_int_max_str_digits, -1))
print(attempt(sys.set_int_max_str_digits, 1.5), attempt(sys.set_int_max_str_digits, "x"))
print(attempt(sys.set_int_max_str_digits), attempt(sys.set_int_max_str_digits, 1000, 2))
print(attempt(sys.set_int_max_str_digits, digits=700), attempt(sys.get_int_max_str_digits, 1))
print(attempt(sys.set_int_max_str_digits, 700, maxdigits=800), attempt(sys.set_int_max_str_digits, maxdigits=8, x=1))
sys.set_int_max_str_digits(4300)

# exit raises SystemExit, which can be caught.
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught exit", e.args, str(e))
print(attempt(sys.exit, 1, 2), attempt(sys.exit, code=1))
