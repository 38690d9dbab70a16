from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
print(repr(Point(x=3, y=4)), Point(5, y=6))
print(Point._fields, Point._field_defaults)
print(Point._make([7, 8]), Point._make(iter((9, 10))))
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p._replace())
print(p.__getnewargs__())
print(Point.__doc__)
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__new__.__doc__)
print(Point._make.__doc__)
print(Point.__repr__.__qualname__, Point._asdict.__qualname__)
print(type(p).__name__, type(p).__bases__, isinstance(p, tuple))
print(p == (1, 2), p + (3,), hash(p) == hash((1, 2)))
x, y = p
print(x, y)

P3 = namedtuple('P3', 'a b c', defaults=[20, 30])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(namedtuple('Q', 'a, b')._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
M = namedtuple('M', 'a', module='some.module')
print(M.__module__, M)
print(namedtuple('E', '')())

for args in [('Point', ['1x']), ('Point', ['_x']), ('Point', ['x', 'x']),
             ('1Point', ['x']), ('Point', ['def']), ('class', ['x'])]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    namedtuple('T', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print('TypeError:', e)

for call in [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3),
             lambda: Point(1, z=3), lambda: Point(1, x=3), lambda: P3(),
             lambda: P3(1, 2, 3, 4), lambda: Point._make([1]),
             lambda: p._replace(z=1), lambda: p._replace(z=1, w=2)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.z = 5
except AttributeError as e:
    print('AttributeError:', e)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
print(Point.x.__get__((4, 5)))
try:
    Point.x.__get__(3)
except TypeError as e:
    print('TypeError:', e)
