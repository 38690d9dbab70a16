# __slots__: no __dict__, member descriptors, AttributeError messages, __dict__ and
# __weakref__ in __slots__, inheritance, and conflicts with class variables.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point(%r)" % (self.x,)


p = Point(1)
print(p, p.x, Point.x, type(Point.x).__name__, Point.__slots__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
p.y = 5
print(p.y, hasattr(p, "y"), getattr(p, "y"))
del p.y
print(hasattr(p, "y"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nope
except AttributeError as e:
    print("AttributeError:", e)
setattr(p, "y", 7)
print(p.y)


class Point3(Point):
    __slots__ = "z"


q = Point3(2)
q.z = 3
q.y = 4
print(q.x, q.y, q.z, Point3.z, Point3.__slots__)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(1)
r.w = 9
print(r.__dict__, r.x, r.w)


class WithDict:
    __slots__ = ["a", "__dict__"]


s = WithDict()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)


class WithWeakref:
    __slots__ = ("a", "__weakref__")


w = WithWeakref()
w.a = 3
print(w.a, hasattr(w, "__dict__"))
try:
    w.b = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = ("1x",)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class TwoDicts(Loose):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x.__name__, Point.x.__objclass__)
Point.x.__set__(p, 10)
print(Point.x.__get__(p, Point), p.x)
try:
    Point.x.__get__(Empty(), Empty)
except TypeError as e:
    print("TypeError:", e)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), Private._Private__secret)


class Props:
    __slots__ = ("_v",)

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value


pr = Props(2)
pr.v = 5
print(pr.v)


class Both(Point3, WithWeakref.__mro__[0].__mro__[-1]):
    __slots__ = ()


bo = Both(1)
bo.z = 2
print(bo.x, bo.z)
try:
    bo.q = 1
except AttributeError as e:
    print("AttributeError:", e)
ps = [Point(i) for i in range(3)]
print(ps, sum(pt.x for pt in ps))
import gc


class Cyclic:
    __slots__ = ("other", "__dict__")


a = Cyclic()
b = Cyclic()
a.other = b
b.other = a
a.d = a
del a, b
print(gc.collect() > 0)


class Finalized:
    __slots__ = ("v",)

    def __del__(self):
        print("del Finalized", self.v)


t = Finalized()
t.v = 5
del t


class DictSlots:
    __slots__ = {"a": "doc a", "b": "doc b"}


ds = DictSlots()
ds.a = 1
print(ds.a, DictSlots.__slots__)


class SlotFallback:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "getattr " + name


sf = SlotFallback()
print(sf.x, sf.y)
del sf.x
print(sf.x)
