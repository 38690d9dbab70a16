from collections import namedtuple


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point(1, 2)._replace(x=5))
print(Point.__mro__[1].__name__, Point._fields)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print('AttributeError:', e)


class Tagged(namedtuple('Tagged', 'name value')):
    def describe(self):
        return '%s=%r' % (self.name, self.value)


t = Tagged('a', 1)
t.extra = 'ok'
print(t.describe(), t.extra, t.__dict__, t)

Point3D = namedtuple('Point3D', Point._fields + ('z',))
print(Point3D(1, 2, 3))

# The same load site sees several namedtuple classes and a plain tuple subclass.
A = namedtuple('A', 'x y')
B = namedtuple('B', 'y x')
total = 0
for obj in [A(1, 2), B(3, 4), A(5, 6), Point(7, 8), B(9, 10)] * 3:
    total += obj.x * 10 + obj.y
print(total)
print(sorted([A(3, 1), A(1, 2), A(2, 0)]), max(A(1, 2), A(1, 3)).y)
print({A(1, 2): 'a'}[(1, 2)])
