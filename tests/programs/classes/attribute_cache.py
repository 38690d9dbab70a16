# Attribute and method-call sites keep caches keyed on the type's version tag: every change to
# a class or a base after a cache was filled must be seen by the next access.


class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"

    def who(self):
        return "Base.who"


class Child(Base):
    def greet(self):
        return "Child.greet"


def call_greet(obj):
    return obj.greet()


def load_greet(obj):
    return obj.greet


def read_kind(obj):
    return obj.kind


def call_who(obj):
    return obj.who()


c = Child()
b = Base()
for _ in range(3):
    print(call_greet(c), call_greet(b), call_who(c), read_kind(c))

# A method replaced on the class itself.
Child.greet = lambda self: "patched Child.greet"
print(call_greet(c), call_greet(b))
del Child.greet
print(call_greet(c), call_greet(b))

# A method replaced on a base class: the subclass's caches see it.
Base.who = lambda self: "patched Base.who"
print(call_who(c), call_who(b))
Base.kind = "changed"
print(read_kind(c), read_kind(b))
setattr(Base, "kind", "set through setattr")
print(read_kind(c))

# An instance attribute shadowing a method, then removed again.
c.greet = lambda: "instance greet"
print(call_greet(c), call_greet(Child()))
print(load_greet(c)())
del c.greet
print(call_greet(c), load_greet(c)())
c.who = "not callable"
try:
    call_who(c)
except TypeError as e:
    print("TypeError:", e)
del c.who

# Class attributes read through instances, and the instance value hiding them.
print(read_kind(c))
c.kind = "instance kind"
print(read_kind(c), read_kind(b))
del c.kind
print(read_kind(c))


# A data descriptor added to the class after loads and stores were cached.
class Point:
    def __init__(self, x):
        self.x = x


def get_x(p):
    return p.x


def set_x(p, v):
    p.x = v


p = Point(1)
for i in range(3):
    set_x(p, i)
    print(get_x(p))


class Doubling:
    def __get__(self, obj, owner=None):
        return "descriptor got " + str(obj.__dict__["x"] * 2)

    def __set__(self, obj, value):
        obj.__dict__["x"] = value + 100


Point.x = Doubling()
print(get_x(p))
set_x(p, 5)
print(p.__dict__["x"], get_x(p))

# A property added later, and then a non-data descriptor whose class gains __set__.
Point.x = property(lambda self: "property x")
print(get_x(p))
try:
    set_x(p, 1)
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, owner=None):
        return "non-data"


Point.x = NonData()
print(get_x(p))
NonData.__set__ = lambda self, obj, value: print("NonData.__set__", value)
print(get_x(p))
set_x(p, 7)
del Point.x
print(get_x(p))


# __getattr__ classes: called only when the normal lookup fails, also once added later.
class Fallback:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return "fallback " + name


def get_real(o):
    return o.real


def get_missing(o):
    return o.missing


f = Fallback()
for _ in range(2):
    print(get_real(f), get_missing(f))
del Fallback.__getattr__
try:
    get_missing(f)
except AttributeError as e:
    print("AttributeError:", e)
Fallback.__getattr__ = lambda self, name: "late " + name
print(get_missing(f))


class Plain:
    pass


q = Plain()
try:
    get_missing(q)
except AttributeError as e:
    print("AttributeError:", e)
Plain.__getattr__ = lambda self, name: "added " + name
print(get_missing(q))


# __setattr__ added to a class after stores were cached.
def set_y(o, v):
    o.y = v


for i in range(2):
    set_y(q, i)
print(q.y)
Plain.__setattr__ = lambda self, name, value: print("intercepted", name, value)
set_y(q, 42)
print(q.y)


# Static and class methods, and the same site seeing objects of different types.
class Tools:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)


class MoreTools(Tools):
    pass


def use(t):
    return t.s(1), t.c(2)


for t in [Tools(), MoreTools(), Tools()]:
    print(use(t))


def describe(o):
    return o.upper() if isinstance(o, str) else o.greet()


for o in ["text", c, "more", b]:
    print(describe(o))


# Changing the class of an instance.
class Other:
    def greet(self):
        return "Other.greet"


d = Child()
print(call_greet(d))
d.__class__ = Other
print(call_greet(d))
