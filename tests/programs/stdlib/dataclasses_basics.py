# @dataclass: generated __init__, __repr__, __eq__, defaults, default factories, helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), Point(6, y=7))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__eq__(p, (1, 2)))
print(Point.__doc__, Point.__init__.__qualname__, Point.__repr__.__name__)
print(Point.y, 'x' in Point.__dict__, Point.__annotations__)
p.x = 10
print(p, p.__dict__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
print(Point.__hash__)

print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=9), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
print(dataclasses.MISSING is fields(Point)[0].default, fields(Point)[0].default_factory
      is dataclasses.MISSING)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'm'})
    note: str = field(default='', init=False)

inv = Inventory()
inv.items.append('apple')
print(inv, Inventory(), inv == Inventory(['apple'], 5), Inventory().items is Inventory().items)
print(inv.note, Inventory.note, Inventory.__doc__)
m = fields(Inventory)[2].metadata
print(m, m['unit'], len(m), list(m), m.get('none', 'default'), dict(m.items()))
print(repr(fields(Inventory)[0]).split(',')[0], fields(Inventory)[3].init)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()), Empty.__doc__)

@dataclass()
class WithParens:
    a: str = 'a'
    b: str = 'b'
print(WithParens(), WithParens('z'), WithParens(b='q'))

@dataclass
class Nest:
    p: Point
    ps: list
    tags: dict
    pair: tuple
n = Nest(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)}, (Point(7, 8), 9))
print(asdict(n))
print(astuple(n))
d = asdict(n)
print(d['ps'] is n.ps, type(d['pair']).__name__)
print(asdict(p, dict_factory=lambda pairs: sorted(pairs)), astuple(p, tuple_factory=list))

# Post-init processing and fields with init=False.
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3.5)
print(r, replace(r, w=4))

# Generated methods do not replace the class's own.
@dataclass
class Custom:
    v: int
    def __repr__(self):
        return 'Custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__ is None)

# The repr is recursion-safe and uses the qualified name.
@dataclass
class Node:
    val: int
    next: object = None
a = Node(1)
a.next = a
print(a, Node(1, Node(2)), [a])

class Outer:
    @dataclass
    class Inner:
        z: int = 1
print(Outer.Inner(), type(Outer.Inner()).__qualname__)

@dataclass(repr=False, eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), repr(Plain(1)).startswith('<__main__.Plain object'), hash(Plain(1)) != 0)

@dataclass(init=False)
class NoInit:
    x: int = 5
print(NoInit(), NoInit().x)
