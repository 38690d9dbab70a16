# enum: Flag and IntFlag: |, &, ^, ~, composite reprs, membership, auto values, pseudo-members.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, type(rw).__name__, Perm(6) is rw)
print(Perm.R & Perm.W, repr(Perm.R & Perm.W), bool(Perm.R & Perm.W), bool(Perm.R))
print(~Perm.R, repr(~Perm.R), ~rw, ~(Perm.R | Perm.W | Perm.X), repr(Perm(0)), str(Perm(0)))
print(Perm.R ^ Perm.W, rw ^ Perm.W, Perm(7), repr(Perm(7)), list(Perm), len(Perm))
print(Perm.R in rw, Perm.X in rw, rw in Perm(7), Perm.R in Perm, rw in Perm)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], Color.WHITE, repr(Color.RED | Color.GREEN), repr(Color.WHITE), Color(7))
print(~Color.RED, repr(~Color.WHITE), Color.__members__)


class Open(IntFlag):
    R = 4
    W = 2
    X = 1


print(Open.R | Open.W, repr(Open.R | Open.W), Open.R | 8, repr(Open.R | 8), repr(Open(16)))
print(Open.R + 1, Open.R == 4, Open.R | Open.W == 6, isinstance(Open.R | Open.W, int), 3 | Open.R, type(3 | Open.R).__name__)
print(repr(~Open.R), repr(Open(0)), Open.R & 6, Open.W ^ 3, repr(Open.W ^ 3), int(Open.X), hash(Open.X) == 1)
print(Open(7), str(Open(12)), list(Open), format(Open.R), f"{Open.R | Open.X:b}")
try:
    Open("x")
except ValueError as e:
    print("ValueError:", e)


class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print([b.value for b in Bits], Bits.A | Bits.C, repr(Bits(-1)), Bits(5) in Bits, Bits.A in Bits(5))


class Empty(Flag):
    NONE = 0
    ONE = 1


print(repr(Empty(0)), Empty.NONE, bool(Empty.NONE), repr(~Empty.ONE))
