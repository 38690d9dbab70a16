# float(str) edge cases, float powers with CPython's special cases, float divmod and round.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- float(str)")
for s in ["1.5", " 1.5 ", "\t-2\n", "+3", "1_000.5", "1_0e1_0", "1e5_0", ".5", "5.", "+.5e-3", "1E5",
          "1e-400", "-1e-400", "1e400", "-1e99999999999999999999", "inf", "-iNF", "+Infinity", "nan",
          "-NaN", "  infinity  ", "\u0661\u0662.5", "\u20071.5\u2007", "\u00a01e3", "0", "-0", "00012",
          "0.1", "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
          "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678901234567890",
          "0." + "0" * 400 + "1", "1" + "0" * 400 + "e-400"]:
    check(repr(s), lambda: float(s))
for s in ["", " ", "x", "1__0", "_1", "1_", "1_e5", "1._5", "1e_5", "--1", "+-1", "0x10", "1e",
          "1e+", ".", "e5", "1.5.2", "infx", "in", "nana", "inf inf", "1 2", "1\x00", "１.5x", "١.",
          "\u00bd", "1,5", "i nf", "\t", "\u3000", "a'b", "x" * 300]:
    check(repr(s), lambda: float(s))
check("list", lambda: float([]))
check("None", lambda: float(None))
check("two", lambda: float(1, 2))
check("keyword", lambda: float(x=1))
print(float(b"1.5"), float(b" -2_5 "), float(bytearray(b"1e3")), float(memoryview(b"inf")))
check("bytes", lambda: float(b"1.5x"))
check("bytes space", lambda: float(b"  "))
check("bytes high", lambda: float(b"1\xff"))
print(float(), float(True), float(2 ** 60), float(-0.0), float(10 ** 308))
check("big int", lambda: float(10 ** 309))

print("-- powers")
inf = float("inf")
nan = float("nan")
for x, y in [(2.0, 0.5), (2.0, -1), (-2.0, 3), (-2.0, -3), (-8.0, 1 / 3), (-1.0, 0.5), (0.0, 0),
             (nan, 0), (1.0, nan), (nan, 1), (2.0, nan), (0.5, inf), (0.5, -inf), (2.0, inf),
             (2.0, -inf), (-1.0, inf), (1.0, inf), (-1.0, -inf), (inf, 2), (inf, 3), (-inf, 3), (-inf, 2),
             (-inf, -3), (-inf, -2), (-inf, 0.5), (inf, -0.5), (0.0, 3), (-0.0, 3), (-0.0, 2), (-0.0, 0.5),
             (-1.0, 1e300), (-1.0, 3.0), (-1.0, 2 ** 80), (10.0, -400), (-2.0, 2.5), (2, 0.5), (-4, 0.5),
             (4, -0.5), (-27, -1 / 3), (1e-300, 2)]:
    check("%r ** %r" % (x, y), lambda: x ** y)
check("0.0 ** -1", lambda: 0.0 ** -1)
check("-0.0 ** -3", lambda: (-0.0) ** -3)
check("0 ** -1.5", lambda: 0 ** -1.5)
check("overflow", lambda: 10.0 ** 400)
check("neg overflow", lambda: (-10.0) ** 401)
check("int neg exp", lambda: 2 ** -1074)
check("int neg exp zero", lambda: 0 ** -2)
check("int neg exp big", lambda: (10 ** 400) ** -1)
check("int neg exp tiny", lambda: (-2) ** -1075)
check("pow three", lambda: pow(2.0, 2, 3))

print("-- divmod and floor division")
for x, y in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 5.0), (-0.0, 5.0),
             (0.0, -5.0), (5.0, inf), (-5.0, inf), (inf, 5.0), (nan, 1.0), (1e308, 1e-308), (3, 0.75),
             (2 ** 60, 0.5), (-1e-320, 1.0), (6.0, 3.0), (-6.0, 3.0)]:
    check("divmod(%r, %r)" % (x, y), lambda: (divmod(x, y), x // y, x % y))
check("div zero", lambda: divmod(1.0, 0.0))
check("floordiv zero", lambda: 1.0 // 0)
check("mod zero", lambda: 1.0 % 0.0)
check("true div zero", lambda: 1.0 / 0)

print("-- round")
print(round(2.675, 2), round(0.125, 2), round(1.0005, 3), round(-0.5), round(1e22, -22), round(5e-324, 323))
print(round(123.456, -1), round(-123.456, -2), round(0.5, 0), round(1.5, 0), round(2.5), round(1e300, 2))
