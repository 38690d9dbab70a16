# Copies of instances of classes defined in Python, through the hooks they define.
import copy


class Plain:
    def __init__(self, items):
        self.items = items
        self.label = "plain"


p = Plain([1, 2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(type(c).__name__, c is p, c.items is p.items, vars(c))
print(d.items is p.items, d.items == p.items, d.label)


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, vars(e))


class Slotted:
    __slots__ = ("x", "y", "__hidden")

    def __init__(self):
        self.x = [1]
        self.__hidden = "h"


s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.x is s.x, s3.x is s.x, s3.x, s3._Slotted__hidden, hasattr(s3, "y"))
print(Slotted.__slotnames__)


class SlottedWithDict(Slotted):
    __slots__ = ("z", "__dict__")


w = SlottedWithDict()
w.z = 3
w.extra = "e"
w2 = copy.deepcopy(w)
print(w2.x, w2.z, w2.extra, sorted(vars(w2)))
print(SlottedWithDict.__slotnames__)


class WithCopyHooks:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print("__copy__ called")
        return WithCopyHooks(self.value + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return WithCopyHooks(copy.deepcopy(self.value, memo) * 10)


h = WithCopyHooks(1)
print(copy.copy(h).value, copy.deepcopy(h).value)
print(copy.deepcopy([h, h])[1].value)


class WithReduce:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (WithReduce, (self.a, self.b))


r = copy.deepcopy(WithReduce([1], "b"))
print(type(r).__name__, r.a, r.b)


class Singleton:
    def __reduce__(self):
        return "THE_ONE"


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"

    def __getstate__(self):
        print("__getstate__")
        state = dict(self.__dict__)
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)
        self.cache = "rebuilt"


ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)
ws = copy.copy(WithState())
print(ws.data, ws.cache)


class WithNewArgs:
    def __new__(cls, size):
        print("__new__", size)
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs__(self):
        return (self.size,)


n = copy.copy(WithNewArgs(3))
print(n.size)


class WithNewArgsEx:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


n = copy.deepcopy(WithNewArgsEx(size=4))
print(n.size)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


# copyreg.dispatch_table is consulted before the object's own hooks.
import copyreg
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(copy.copy(Point(1, 2)), copy.deepcopy(Point(3, 4)))
del copyreg.dispatch_table[Point]
print(copy.copy(Point(1, 2)))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(copy.copy(WithMeta) is WithMeta, copy.deepcopy(WithMeta) is WithMeta)


class Holder:
    def method(self):
        return self


obj = Holder()
m = copy.deepcopy(obj.method)
print(type(m).__name__, m.__self__ is obj, type(m.__self__).__name__)
