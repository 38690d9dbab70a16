# Fields of base dataclasses come first; redefinitions keep their place; InitVar; __annotations__.
from dataclasses import dataclass, field, fields, InitVar, replace, asdict

@dataclass
class Base:
    x: int
    y: int = 2

@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10

print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], Derived.__doc__)
print(Derived() == Base(10, 2), isinstance(Derived(), Base), asdict(Derived()))

class Middle(Base):
    # Not a dataclass: its annotations are not fields.
    w: int = 5

@dataclass
class Leaf(Middle):
    v: int = 0
print(Leaf(1), [f.name for f in fields(Leaf)], Leaf.w)

@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    scaled: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.scaled = self.x * scale
wp = WithPost(3)
print(wp, WithPost(3, 10), [f.name for f in fields(WithPost)], replace(wp, scale=5))
print(WithPost.__dataclass_fields__['scale']._field_type, repr(InitVar[int]), repr(InitVar[list]))
try:
    replace(WithPost.__new__(WithPost) if False else wp)
except ValueError as e:
    print('ValueError:', e)

@dataclass
class Required:
    x: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.x *= factor
print(Required(2, 5))
try:
    replace(Required(2, 5))
except ValueError as e:
    print('ValueError:', e)

@dataclass
class ChildPost(WithPost):
    extra: str = 'e'
print(ChildPost(2, 4, 'q'))

# __post_init__ inherited from a plain base.
class Hook:
    def __post_init__(self):
        print('post init of', type(self).__name__)
@dataclass
class Hooked(Hook):
    a: int = 1
print(Hooked())

# Class attributes without annotations are not fields.
@dataclass
class Counter:
    total = 0
    step: int = 1
    def bump(self):
        Counter.total += self.step
        return Counter.total
c = Counter(5)
print(c, c.bump(), c.bump(), [f.name for f in fields(Counter)])

# A field that is a class-level default object.
@dataclass
class Config:
    name: str = 'default'
    tags: tuple = ('a', 'b')
    enabled: bool = field(default=True, repr=False)
print(Config(), Config('x', ()), Config.name, Config.tags, Config.enabled)
print(Config.__dataclass_params__)
