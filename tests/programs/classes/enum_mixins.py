# enum: IntEnum and IntFlag members as ints, named Flag combinations, a nested class as a member,
# the module's names, and dir().
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num(1.0), Num.ONE.real, Num.ONE.bit_length(), max(Num), -Num.TWO, abs(Num.ONE), Num.ONE.__class__)
print(Enum.__members__, list(Enum), len(Enum), Num.__members__.keys())
class C(Enum):
    class Inner:
        pass
    X = 1
print(list(C))
print(repr(Num), str(C), enum.Enum, enum.EnumMeta.__name__)
print(isinstance(Num.ONE, Enum), issubclass(Num, int), Num.ONE in Num, 1 == Num.ONE, {Num.ONE: 1, 1: 2})
class P(IntFlag):
    A = 1
    B = 2
print(P.A | P.B | 4, P(3) == 3, P.A < P.B, sorted([P.B, P.A]), list(P))
x = P.A
x |= P.B
print(x, repr(x))
class S(Flag):
    A = auto()
    B = auto()
    AB = A | B
print(repr(S.AB), repr(S.A | S.B), list(S), S(3) is S.AB, repr(~S.A))
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value))
print(C.X.__hash__() == hash("X"))
print(dir(C))
