# enum: auto and _generate_next_value_, unique, the functional API, subclassing, _missing_,
# custom __new__, _order_, _ignore_, mixins, and the errors of class definitions.
from enum import Enum, IntEnum, Flag, auto, unique


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal), Ordinal.ELEVENTH.value)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named("south"), Named.NORTH.value)


@unique
class Single(Enum):
    A = 1
    B = 2


print(list(Single))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

# the functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal(3), Animal.__name__, type(Animal))
Pets = Enum("Pets", "DOG, FISH")
print(list(Pets))
Sizes = Enum("Sizes", ["S", "M", "L"], start=10)
print(list(Sizes))
Pairs = Enum("Pairs", [("X", 5), ("Y", 7)])
print(list(Pairs), Pairs(7))
Mapped = Enum("Mapped", {"ON": True, "OFF": False})
print(list(Mapped), Mapped(True))
Ints = IntEnum("Ints", "ONE TWO")
print(list(Ints), Ints.TWO + 1, Ints.__mro__[1:])
Fl = Flag("Fl", "A B C")
print(list(Fl), Fl.A | Fl.C)
Q = Enum("Q", "P R", qualname="Outer.Q", module="mymod")
print(Q.__qualname__, Q.__module__, Q.P)


# an enum with methods and no members, subclassed
class Describable(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)

    @property
    def upper_name(self):
        return self.name.upper()


class Fruit(Describable):
    apple = 1
    pear = 2


print(Fruit.apple.describe(), Fruit.pear.upper_name, isinstance(Fruit.apple, Describable), list(Describable))
try:
    class MoreFruit(Fruit):
        plum = 3
except TypeError as e:
    print("TypeError:", e)
try:
    class Wrong(Enum, int):
        A = 1
except TypeError as e:
    print("TypeError:", e)


# _missing_
class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Lenient("one"), Lenient(2))
try:
    Lenient(9)
except ValueError as e:
    print("ValueError:", e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    BadMissing(3)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


# custom __new__ setting _value_
class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coordinate.PY, Coordinate(1).label, Coordinate.PX.value, repr(Coordinate.PY))


class AutoNumber(Enum):
    def __new__(cls, doc):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj

    RED = "the color red"
    GREEN = "the color green"


print(list(AutoNumber), AutoNumber.GREEN.doc, AutoNumber(1))


# a str mixin
class Suit(str, Enum):
    HEARTS = "h"
    SPADES = "s"


print(Suit.HEARTS, repr(Suit.SPADES), Suit.HEARTS == "h", Suit("s"), Suit.HEARTS.upper(), "{}".format(Suit.HEARTS), Suit.HEARTS + "!")

# _order_ and _ignore_
class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2


print(list(Ordered))
try:
    class Misordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["day_%d" % i] = i


print(list(Period))

# errors while defining
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Clash(Enum):
        def A(self):
            pass
        A = 1
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
try:
    class Reserved(Enum):
        _secret_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadName(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadFlag(Flag):
        A = "x"
        B = auto()
except TypeError as e:
    print("TypeError:", e)

print(dir(Single), sorted(dir(Fruit.apple)))
print(Single.__dict__["_member_names_"], "A" in Single.__dict__, sorted(k for k in Single.__dict__ if not k.startswith("__")))
