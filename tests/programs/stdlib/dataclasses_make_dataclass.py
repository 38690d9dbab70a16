# make_dataclass builds the class from a list of field specifications.
from dataclasses import make_dataclass, field, fields, asdict

Point = make_dataclass('Point', ['x', ('y', int), ('z', int, field(default=5))])
p = Point(1, 2)
print(p, Point.__name__, Point.__module__, Point.__qualname__, Point.__annotations__)
print([(f.name, f.type, f.default) for f in fields(Point)][2], asdict(p), p == Point(1, 2, 5))

class Base:
    def norm(self):
        return abs(self.x) + abs(self.y)
V = make_dataclass('V', [('x', float), ('y', float)], bases=(Base,), frozen=True, order=True,
                   namespace={'scale': lambda self, k: V(self.x * k, self.y * k)})
v = V(3.0, -4.0)
print(v, v.norm(), v.scale(2), V(1.0, 0.0) < V(2.0, 0.0), hash(v) == hash((3.0, -4.0)))

for spec in [['class'], ['1x'], [('a', int), 'a'], [('a', int, 3, 4)], [3]]:
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print('TypeError:', e)
