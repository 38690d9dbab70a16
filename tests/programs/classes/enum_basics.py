# enum: Enum and IntEnum members, iteration, lookup by value and name, aliases, __members__,
# comparisons, hashing, reassignment errors, and the reprs.
from enum import Enum, IntEnum, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), str(Color.GREEN), Color.RED.name, Color.RED.value)
print(type(Color.RED), type(Color), isinstance(Color.RED, Color), isinstance(Color, EnumMeta), Color)
print(list(Color), len(Color), [m.name for m in reversed(Color)])
print(Color(1), Color(3), Color["GREEN"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color.__members__)
print(type(Color.__members__).__name__, list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, Color.RED is Color.RED, Color.RED == Color.RED, Color.RED == Color.GREEN)
print(Color.RED == 1, Color.RED != 1, Color(Color.RED) is Color.RED, getattr(Color, "BLUE"))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted([Color.BLUE, Color.RED], key=lambda c: c.value), Color.RED._name_, Color.RED._value_)
print(Color._member_names_, Color.__name__, Color.RED.__class__.__name__)
print("%s and %r" % (Color.RED, Color.RED), "{}".format(Color.BLUE), f"{Color.GREEN:>14}|", format(Color.RED))
print(bool(Color.RED), bool(Color), Color.RED.__objclass__ is Color)
print(Color.__doc__, Color.RED.__doc__)

try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.PURPLE
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
Color.extra = "ok"
print(Color.extra)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), Num.ONE == 1, Num.ONE < 2, Num.THREE > Num.TWO, Num.TWO + 1, Num.THREE * 2)
print({1: "a"}[Num.ONE], hash(Num.TWO) == hash(2), Num(2), Num(Num.ONE), isinstance(Num.ONE, int))
print(format(Num.ONE), "{:03d}".format(Num.TWO), "%d" % Num.THREE, int(Num.THREE), str(Num.ONE), f"{Num.TWO}")
print(sorted([Num.THREE, 1, Num.TWO]), list(range(Num.THREE)), [10, 20, 30][Num.ONE], Num.TWO in [2])
print(Num.__mro__)
try:
    Num(7)
except ValueError as e:
    print("ValueError:", e)


# unhashable values, looked up by equality
class Shapes(Enum):
    SQUARE = [4]
    TRIANGLE = [3]


print(Shapes([3]), Shapes.SQUARE.value, list(Shapes))


# string and tuple values
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    HAPPY = "happy"
    SAD = "sad"

    def describe(self):
        return "%s is %s" % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.HAPPY

    @staticmethod
    def helper():
        return "helped"

    def __str__(self):
        return "Mood(%s)" % self.value


print(Mood.SAD.describe(), Mood.default(), Mood.helper(), str(Mood.HAPPY), repr(Mood.SAD), "{}".format(Mood.SAD))
print(Mood("sad"), list(Mood))


# members named like the dynamic attributes
class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, Field["name"], list(Field))
