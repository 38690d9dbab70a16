# complex arithmetic: + - * / ** with ints, floats and complex, and the operators complex
# refuses.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def exec_aug():
    x = 1j
    x += 2
    x *= 1 + 1j
    x /= 2
    x **= 2
    x -= 0.5
    return x


a = 3 + 4j
b = 1 - 2j
print("-- add, sub, mul")
print(a + b, a - b, a * b, b * a, a + 1, 1 + a, a + 0.5, 0.5 + a, a - 1, 1 - a)
print(a * 2, 2 * a, a * 0.5, True + a, a * False, -a, +a, -(0j), -(-0j))
print(1j * 1j, 2j * 3j, (1 + 1j) * (1 - 1j), 1e308j * 10, a + 2 ** 60)
print(complex(float("inf"), 1) * 2, complex(1, float("nan")) + 1)

print("-- true division")
print(a / b, b / a, a / 2, 2 / a, a / 0.5, 1 / 1j, 1j / 1j, 6j / 2j)
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1e-300 + 1e-300j))
print(1 / complex(float("inf"), 0), complex(1, 1) / complex(float("nan"), 1))
check("div by 0j", lambda: a / 0j)
check("div by 0", lambda: a / 0)
check("div by 0.0", lambda: 1j / 0.0)
check("int div by 0j", lambda: 1 / 0j)

print("-- powers")
print(a ** 2, a ** 3, a ** 0, a ** 1, a ** -1, a ** -2, 1j ** 2, 1j ** 3, 1j ** 4)
print((1 + 1j) ** 10, (1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -101, 2 ** 1j)
print(a ** 0.5, a ** 1.5, a ** (1 + 1j), 1j ** 1j, 0j ** 0, 0j ** 2, 0j ** 0j, (-1) ** 0.5)
print(2.0 ** (1 + 2j), (1 + 0j) ** 1e10, (-8) ** (1 / 3), (-2.5) ** 0.5, a ** True)
print(pow(a, 2), pow(2j, -3), 10j ** 200 == 10j ** 200)
check("0j ** -1", lambda: 0j ** -1)
check("0j ** 1j", lambda: 0j ** 1j)
check("0 ** -1j", lambda: 0 ** (-1j))
check("overflow", lambda: (1e200 + 1e200j) ** 2)
check("overflow large n", lambda: 10j ** 400)
check("inf ** 2", lambda: complex(float("inf"), 0) ** 2)
check("big int", lambda: a + 10 ** 400)
check("big int exp", lambda: a ** 10 ** 400)

print("-- abs")
print(abs(a), abs(b), abs(0j), abs(-3j), abs(1e308 + 1e308j), abs(complex(float("inf"), float("nan"))))
print(abs(complex(float("nan"), 1)), abs(complex(-float("inf"), 0)), abs(5e-324 + 5e-324j))
check("abs overflow", lambda: abs(1.7e308 + 1.7e308j))

print("-- refused")
check("floordiv", lambda: a // 2)
check("rfloordiv", lambda: 2 // a)
check("mod", lambda: a % 2)
check("rmod", lambda: 2.5 % a)
check("divmod", lambda: divmod(a, 2))
check("rdivmod", lambda: divmod(2, a))
check("divmod str", lambda: divmod(a, "x"))
check("list floordiv", lambda: [] // a)
check("int", lambda: int(a))
check("float", lambda: float(a))
check("round", lambda: round(a))
check("lt", lambda: a < b)
check("ge int", lambda: a >= 1)
check("gt float", lambda: 1.5 > a)
check("str add", lambda: a + "x")
check("radd str", lambda: "x" + a)
check("mul list", lambda: a * [1])
check("lshift", lambda: a << 1)
check("and", lambda: 1 & a)
check("invert", lambda: ~a)
print("augmented", exec_aug())


print("-- mixed with bool and big ints")
print(True * 1j, 1j * True, 1j + False, 2 ** 62 + 0j, 2 ** 62 * 1j, (2 ** 53 + 1) + 0j)
