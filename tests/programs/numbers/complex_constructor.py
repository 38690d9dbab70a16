# The builtin complex(): from numbers, from strings, from objects with __complex__, __float__
# or __index__, and its errors.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- numbers")
print(complex(), complex(1), complex(2.5), complex(1, 2), complex(1.5, -2.5), complex(True, False))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(2j, 1))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4j), complex(0, -0.0), complex(-0.0))
print(complex(-0.0, 0), complex(1j, -0.0), complex(complex(1, -0.0), 0), complex(0, complex(-0.0, 0)))
print(complex(2 ** 60, 2 ** 70), complex(float("inf"), float("-inf")), complex(1e300 * 1e300))
x = 5 + 6j
print(complex(x) is x, complex(x, 0) is x, type(complex(x)))

print("-- strings")
for s in ["1+2j", " ( 1-2j ) ", "1", "-1.5", "j", "-j", "+j", "J", "1+j", "1-J", "2j", "-2.5e3J",
          "1e5", "1e-5+1e5j", "inf", "-infj", "infinity+nanj", "nan-nanj", "NaN+InFj", "(1+2j)",
          "\t1+2j\n", "  3  ", "1_000+2_0j", "0.5-.5j", "5.+5.j", "+1.5e+2-1.5e-2j", "(j)",
          "\u0661\u0662+\u0663j", "\u20071+1j\u3000", "01+02j", "1e+j", "(1+2j", "1+2j)", "1+2",
          "", "()", "j1", "1+2jj", "1 +2j", "1+ 2j", "( 1+2j ) x", "1+2i", "++1j", "1__0",
          "_1", "1_", "1_j", "0x10", "1e", "1+nan", "12.5.3", "1j+2", "-", "(", "\x00"]:
    check(repr(s), lambda: complex(s))

print("-- special methods")


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


class Plain:
    pass


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()))
print(complex(WithFloat(), WithIndex()), complex(1, WithFloat()), complex(WithComplex(), 1))
check("bad __complex__", lambda: complex(BadComplex()))
check("plain", lambda: complex(Plain()))
check("plain imag", lambda: complex(1, Plain()))

print("-- errors")
check("list", lambda: complex([]))
check("None", lambda: complex(None))
check("imag list", lambda: complex(1, []))
check("imag None", lambda: complex(1, None))
check("str and imag", lambda: complex("1", 2))
check("imag str", lambda: complex(1, "2"))
check("imag str alone", lambda: complex(imag="2"))
check("three", lambda: complex(1, 2, 3))
check("keyword", lambda: complex(x=1))
check("both", lambda: complex(1, real=2))
check("big int", lambda: complex(10 ** 400))
check("big imag", lambda: complex(0, 10 ** 400))
check("bytes-like list", lambda: complex((1, 2)))
