# int methods and attributes: to_bytes, from_bytes, bit_length, the numeric-tower attributes,
# as_integer_ratio, __index__ and __round__.


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- from_bytes")
print(int.from_bytes([1, 2], "big"), int.from_bytes([1, 2], "little"), int.from_bytes([], "big"))
print(int.from_bytes([255], "big", signed=True), int.from_bytes([255], "big", signed=False))
print(int.from_bytes([0, 128], "little", signed=True), int.from_bytes((0, 128), "big", signed=True))
print(int.from_bytes(range(1, 20), "big"), int.from_bytes(range(1, 20), "little", signed=True))
print(int.from_bytes(iter([1, 2, 3]), "big"), int.from_bytes([255] * 16, "little", signed=True))
print((5).from_bytes([7], "big"), int.from_bytes([True, False], "big"), int.from_bytes([0] * 9, "big"))
print(int.from_bytes(bytes=[1, 0], byteorder="big"), int.from_bytes([1, 0], byteorder="little"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(bytearray(b"\xff\xfe"), "big", signed=True))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes([0, 0], "big"), True.from_bytes([2], "big"))
check("256", lambda: int.from_bytes([1, 256], "big"))
check("negative", lambda: int.from_bytes([-1], "big"))
check("str item", lambda: int.from_bytes([1, "a"], "big"))
check("float item", lambda: int.from_bytes([1.0], "big"))
check("str", lambda: int.from_bytes("ab", "big"))
check("int", lambda: int.from_bytes(5, "big"))
check("None", lambda: int.from_bytes(None, "big"))
check("middle", lambda: int.from_bytes([1], "middle"))
check("order int", lambda: int.from_bytes([1], 5))
check("missing order", lambda: int.from_bytes([1]))
check("positional signed", lambda: int.from_bytes([1], "big", True))
check("bad keyword", lambda: int.from_bytes([1], "big", sign=True))
check("four", lambda: int.from_bytes([1], "big", signed=True, x=1))

print("-- to_bytes")
for n, length, order, signed in [(5, 2, "big", False), (5, 2, "little", False), (0, 0, "big", False),
                                 (-1, 1, "big", True), (-129, 2, "big", True), (127, 1, "big", True),
                                 (-128, 1, "little", True), (2 ** 64, 9, "big", False),
                                 (-(2 ** 64), 9, "little", True), (255, 1, "big", False),
                                 (1, 5, "little", True), (-2, 3, "big", True), (True, 2, "big", False)]:
    r = n.to_bytes(length, order, signed=signed)
    print(n, length, order, signed, list(r), len(r), int.from_bytes(r, order, signed=signed) == n)
check("too big", lambda: (256).to_bytes(1, "big"))
check("too big signed", lambda: (128).to_bytes(1, "big", signed=True))
check("too small signed", lambda: (-129).to_bytes(1, "big", signed=True))
check("negative unsigned", lambda: (-1).to_bytes(1, "big"))
check("zero length", lambda: (-5).to_bytes(0, "big", signed=True))
check("negative length", lambda: (5).to_bytes(-1, "big"))
check("float length", lambda: (5).to_bytes(2.0, "big"))
check("str length", lambda: (5).to_bytes("a", "big"))
check("huge length", lambda: (5).to_bytes(2 ** 70, "big"))
check("order", lambda: (5).to_bytes(1, "BIG"))
check("order type", lambda: (5).to_bytes(1, 5))
check("no args", lambda: (5).to_bytes())
check("three positional", lambda: (5).to_bytes(2, "big", True))
check("keywords", lambda: list((5).to_bytes(length=2, byteorder="big")))
check("signed truthy", lambda: list((-1).to_bytes(1, "big", signed=[0])))

print("-- bit_length and attributes")
for n in [0, 1, -1, 5, -8, 255, 256, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, 2 ** 100, -(2 ** 100) + 1, True]:
    print(n, n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(),
          n.as_integer_ratio(), n.__index__())
print(type(True.real), type(True.conjugate()), type(True.as_integer_ratio()[0]), type(False.__index__()))
check("bit_length arg", lambda: (5).bit_length(1))
check("index arg", lambda: (5).__index__(1))
check("ratio arg", lambda: (5).as_integer_ratio(1))
check("attribute", lambda: (5).foo)

print("-- __round__")
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
print((-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1), (5).__round__(3), round(7, -1))
print((2 ** 70).__round__(-10), (-(10 ** 30) - 5).__round__(-1), (99).__round__(-5), round(True, -1))
check("round None", lambda: (5).__round__(None))
check("round str", lambda: (5).__round__("a"))
check("round float", lambda: (5).__round__(1.0))
check("round two", lambda: (5).__round__(1, 2))
check("round keyword", lambda: (5).__round__(ndigits=1))

print("-- int() of text in other scripts")
print(int("\u0661\u0662"), int(" \u20077\u3000"), int("\uff11\uff10", 16), int("\u0663_\u0664"))
check("mixed", lambda: int("1\u00bd"))
check("space only", lambda: int("\u3000"))
