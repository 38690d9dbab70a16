# The errors of @dataclass, field(), the generated __init__ and the helper functions.
from dataclasses import dataclass, field, fields, asdict, astuple, replace

def show(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Three:
    a: int
    b: int
    c: int = 3

@dataclass
class Nothing:
    pass

show(Point)
show(Point, 1)
show(Point, 1, 2, 3)
show(Point, 1, 2, z=3)
show(Point, 1, x=1)
show(Point, y=1)
show(Three)
show(Three, 1, 2, 3, 4)
show(Three, 1, 2, 3, 4, 5)
show(Three, c=1)
show(Nothing, 1)
show(Nothing, a=1)

def define(body):
    try:
        body()
    except Exception as e:
        print(type(e).__name__ + ':', e)

def order_of_defaults():
    @dataclass
    class Bad:
        x: int = 1
        y: int
define(order_of_defaults)

def inherited_defaults():
    @dataclass
    class Base:
        x: int = 1
    @dataclass
    class Derived(Base):
        y: int
define(inherited_defaults)

def mutable_list():
    @dataclass
    class Bad:
        x: list = []
define(mutable_list)

def mutable_dict():
    @dataclass
    class Bad:
        items: dict = field(default={})
define(mutable_dict)

def mutable_set():
    @dataclass
    class Bad:
        s: set = set()
define(mutable_set)

define(lambda: field(default=1, default_factory=list))

def unannotated_field():
    @dataclass
    class Bad:
        x = field(default=1)
define(unannotated_field)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
define(order_without_eq)

def order_overwrite():
    @dataclass(order=True)
    class Bad:
        x: int
        def __lt__(self, other):
            return True
define(order_overwrite)

def frozen_overwrite():
    @dataclass(frozen=True)
    class Bad:
        x: int
        def __setattr__(self, name, value):
            pass
define(frozen_overwrite)

def unsafe_hash_overwrite():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int
        def __hash__(self):
            return 1
define(unsafe_hash_overwrite)

def frozen_from_plain():
    @dataclass
    class Base:
        x: int
    @dataclass(frozen=True)
    class Derived(Base):
        y: int
define(frozen_from_plain)

def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int
    @dataclass
    class Derived(Base):
        y: int
define(plain_from_frozen)

show(fields, 3)
show(fields, int)
show(asdict, Point)
show(asdict, 3)
show(astuple, [1])
show(replace, 3)

@dataclass
class WithHidden:
    x: int
    y: int = field(init=False, default=0)
show(replace, WithHidden(1), y=2)
show(replace, WithHidden(1), z=2)
show(replace, WithHidden(1), x=5)
