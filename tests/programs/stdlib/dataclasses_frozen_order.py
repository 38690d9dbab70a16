# frozen=, order=, unsafe_hash= and eq= and the __hash__ they produce.
from dataclasses import dataclass, field, FrozenInstanceError, replace

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

v = Version(1, 2)
print(v, hash(v) == hash((1, 2)), hash(Version(1, 2, 'x')) == hash(v), v == Version(1, 2, 'rc'))
print(Version(1) < Version(1, 1), Version(2) <= Version(1, 9), Version(3) > Version(2, 9),
      Version(1, 1) >= Version(1, 1))
print(sorted([Version(2), Version(1, 5), Version(1)]), max(Version(0, 1), Version(0, 2)))
print({v: 'one-two'}[Version(1, 2)], len({Version(1), Version(1), Version(2)}))
for action in ['assign', 'assign-new', 'delete']:
    try:
        if action == 'assign':
            v.major = 5
        elif action == 'assign-new':
            v.extra = 1
        else:
            del v.minor
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(v, replace(v, minor=7))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError:', e)
print(Version(1).__lt__((1, 0)), Version(1) == (1, 0))

@dataclass(frozen=True)
class Frozen:
    items: tuple = ()
    def __post_init__(self):
        object.__setattr__(self, 'items', tuple(sorted(self.items)))
print(Frozen((3, 1, 2)), hash(Frozen((2, 1))) == hash(((1, 2),)))

# Subclasses of frozen dataclasses are frozen too; their own attributes still can't be set.
@dataclass(frozen=True)
class Frozen3D(Frozen):
    depth: int = 0
f3 = Frozen3D((1,), 3)
print(f3, hash(f3) == hash(((1,), 3)))
try:
    f3.depth = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

class FrozenChild(Frozen):
    pass
child = FrozenChild()
child.note = 'allowed: not a field, not the frozen class itself'
print(child.note)
try:
    child.items = (1,)
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

# The __hash__ table.
@dataclass
class EqOnly:
    x: int
@dataclass(eq=False)
class NoEq:
    x: int
@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: list = field(default_factory=list, hash=False)
@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int
@dataclass
class ExplicitHash:
    x: int
    def __hash__(self):
        return 42
@dataclass(frozen=True)
class FieldHash:
    x: int
    y: int = field(hash=True, compare=False)
    z: int = field(default=0, hash=False)

print(EqOnly.__hash__, NoEq(1) == NoEq(1), hash(NoEq(1)) != hash(NoEq(1)) or True)
print(hash(Unsafe(5)) == hash((5,)), Unsafe(5) == Unsafe(5, [1]))
print(hash(FrozenNoEq(1)) == hash((1,)), hash(ExplicitHash(1)), hash(FieldHash(1, 2, 3)) == hash((1, 2)))
try:
    hash(EqOnly(1))
except TypeError as e:
    print('TypeError:', e)

# eq=True compares field tuples of the same class only.
@dataclass
class A:
    x: int
@dataclass
class B:
    x: int
print(A(1) == B(1), A(1) == A(1), A(1) != A(2))

@dataclass(order=True)
class Ordered:
    name: str
    rank: int = field(compare=False, default=0)
print(sorted([Ordered('b', 1), Ordered('a', 2), Ordered('c', 0)]), Ordered('a', 1) == Ordered('a', 2))
try:
    Ordered('a') < 'a'
except TypeError as e:
    print('TypeError:', e)

# The generated methods' names.
for name in ['__init__', '__repr__', '__eq__', '__lt__', '__ge__', '__hash__', '__setattr__',
             '__delattr__']:
    method = Version.__dict__[name]
    print(name, method.__name__, method.__qualname__)
