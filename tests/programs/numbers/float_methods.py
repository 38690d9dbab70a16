# float methods: hex, fromhex, is_integer, as_integer_ratio, conjugate, real, imag, __round__.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


inf = float("inf")
nan = float("nan")

print("-- hex")
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 2.0 ** 52, 123.456, inf, -inf, nan]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x or x != x)

print("-- fromhex")
for s in ["0x1p0", "0x1.8p1", " -0X1.8P+1 ", "1", "1.", ".8", "0x.8", "a", "0xA.Bp-3", "+0x1p-1074",
          "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "0x1.000000000000081p0", "0x1.fffffffffffffp1023", "0x0.0000000000001p-1022", "-0x0p0",
          "inf", "-iNfiNity", "+nan", " nan ", "0x1P+10", "0X1p-0", "0x" + "0" * 50 + "1p200",
          "0x1" + "0" * 40 + "p-160", "0x0p99999999999999999999999", "0x1p-99999999999999999999999",
          "0x1.fffffffffffff7p1023", "0x.00000000000000000000001p100"]:
    check(repr(s), lambda: float.fromhex(s))
for s in ["", "0x", "0x.", ".", "0x1p", "0x1p+", "0x1.8q", "1 2", "0xg", "--1", "0x1p1.5", "infx",
          "0x1.fffffffffffff8p1023", "0x1p1024", "0x2p1023", "0x1p99999999999999999999999", "1e5"]:
    check(repr(s), lambda: float.fromhex(s))
check("int argument", lambda: float.fromhex(1))
check("no argument", lambda: float.fromhex())
check("hex argument", lambda: (1.5).hex(1))
print(float.fromhex("0x1.8p0") == (2.5).fromhex("0x1.8p0"), type(float.fromhex("1")).__name__)

print("-- is_integer and as_integer_ratio")
for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, -0.75, 2.0 ** 60, 1e16 + 2, inf, nan]:
    ratio = x.as_integer_ratio() if x == x and x not in (inf, -inf) else None
    print(repr(x), x.is_integer(), ratio)
check("inf ratio", lambda: inf.as_integer_ratio())
check("-inf ratio", lambda: (-inf).as_integer_ratio())
check("nan ratio", lambda: nan.as_integer_ratio())
check("is_integer arg", lambda: (1.0).is_integer(1))

print("-- conjugate, real, imag")
print((1.5).conjugate(), (-0.0).conjugate(), (2.5).real, (2.5).imag, (-0.0).real, inf.imag)
print(type((1.5).conjugate()).__name__, type((1.5).imag).__name__)
check("conjugate arg", lambda: (1.5).conjugate(2))
check("attribute", lambda: (1.5).numerator)

print("-- __round__")
print((2.5).__round__(), (3.5).__round__(), (-2.5).__round__(), (2.675).__round__(2), (2.5).__round__(None))
print((1234.5678).__round__(-2), (1234.5678).__round__(1), (0.5).__round__(0), (-0.5).__round__(0))
print(type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__, (1e300).__round__(-301))
check("round inf", lambda: inf.__round__())
check("round nan", lambda: nan.__round__())
check("round inf digits", lambda: inf.__round__(2))
check("round str", lambda: (1.5).__round__("a"))
check("round float", lambda: (1.5).__round__(1.0))
check("round two", lambda: (1.5).__round__(1, 2))
check("round keyword", lambda: (1.5).__round__(ndigits=1))
check("round overflow", lambda: (1.7976931348623157e308).__round__(-308))
