# Subclasses of int and float: the builtin's operations, results of the base type, overrides.


class MyInt(int):
    pass


a = MyInt(3)
print(a, repr(a), type(a).__name__, isinstance(a, int), issubclass(MyInt, int))
print(a + 1, type(a + 1).__name__, 1 + a, type(1 + a).__name__, a * a, type(a * a).__name__)
print(-a, type(-a).__name__, abs(MyInt(-4)), type(abs(MyInt(-4))).__name__, ~a, +a)
print(a == 3, a < 4, hash(a) == hash(3), {a: "x"}[3], bool(MyInt(0)), MyInt(0) or "zero")
print(MyInt(10) // 3, MyInt(10) % 3, divmod(MyInt(7), 2), MyInt(2) ** 10, MyInt(5) & 3, MyInt(1) << 4)
print([10, 20, 30][MyInt(1)], list(range(MyInt(3))), "%d|%s|%r" % (a, a, a), f"{a:>4}", format(a, "x"))
print(MyInt("ff", 16), MyInt(), MyInt(2.9), type(int(MyInt(3))).__name__, int(MyInt(3)))
print(MyInt(2 ** 70), MyInt(2 ** 70) + 1, type(MyInt(2 ** 70) - 1).__name__, MyInt(-(2 ** 65)) // 7)
print(a.bit_length(), a.to_bytes(2, "big"), MyInt.from_bytes(b"\x01\x00", "big"))
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, a.real, a.numerator)
a.tag = "tagged"
print(a.tag, a.__dict__, vars(a))
print(MyInt.__mro__, MyInt.__bases__, MyInt.__name__)


class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __str__(self):
        return "$%d" % self


m = Money(5) + 6
print(m, repr(m), type(m).__name__, [m], 1 + Money(2), type(Money(3) * 2).__name__)
print(str(Money(7)), "%s" % Money(8), sum([Money(1), Money(2)], Money(0)))


class Doubled(int):
    def __new__(cls, value):
        return int.__new__(cls, value * 2)


d = Doubled(21)
print(d, type(d).__name__, d == 42)


class Named(int):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __init__(self, value, name):
        self.initialised = True


n = Named(4, "four")
print(n, n.name, n.initialised, n + n)


class Sub(MyInt):
    def __eq__(self, other):
        return True


s = Sub(1)
print(s == 99, s != 99, s + 1)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)


class Half(float):
    def half(self):
        return self / 2


h = Half(3.0)
print(h, repr(h), h.half(), type(h.half()).__name__, Half("2.5"), Half(), type(Half(1)).__name__)
print(h + 1, type(h + 1).__name__, h * 2, -h, abs(Half(-1.5)), h == 3, h < 4, hash(h) == hash(3.0))
print(round(Half(2.567), 2), int(Half(3.9)), float(Half(1.5)), type(float(Half(1.5))).__name__)
print(Half.fromhex("0x1p3"), type(Half.fromhex("0x1p3")).__name__, h.is_integer(), h.as_integer_ratio())
print("%.2f" % h, f"{h:.1f}", isinstance(h, float), Half.__mro__)


class Temperature(float):
    def __repr__(self):
        return "%.1f°" % self

    def __lt__(self, other):
        return float(self) > float(other)


temps = [Temperature(20.5), Temperature(18.0), Temperature(25.25)]
print(temps, sorted(temps), min(temps), str(temps[0]))

try:
    MyInt(1) + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    MyInt("x")
except ValueError as e:
    print("ValueError:", e)
try:
    Half("nope")
except ValueError as e:
    print("ValueError:", e)
