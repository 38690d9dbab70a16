# The attribute protocol: __getattribute__, __getattr__, __setattr__, __delattr__, __dir__,
# data and non-data descriptors, super() in classmethods and properties, and the remaining
# dunders (__format__, __bytes__, __round__, __reversed__, __index__, __complex__).


class Logged:
    cls_attr = "class"

    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("getattr", name)
        if name == "bad":
            raise AttributeError("really missing")
        return name.upper()

    def method(self):
        return "method"


lg = Logged()
print(lg.a)
print(lg.missing)
print(lg.cls_attr, lg.method())
try:
    lg.bad
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(lg, "bad"), getattr(lg, "bad", "default"))


class Strict:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name + " is hidden")
        return super().__getattribute__(name)


st = Strict()
st.hidden_x = 1
st.shown = 2
print(st.shown, hasattr(st, "hidden_x"))
try:
    st.hidden_x
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__getattribute__(st, "nothing")
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    @property
    def broken(self):
        raise AttributeError("from property")

    def __getattr__(self, name):
        return "fallback for " + name


print(Fallback().broken, Fallback().other)


class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)


g = Guard()
g.x = 1
del g.x
print(g.__dict__)
try:
    del g.y
except AttributeError as e:
    print("AttributeError:", e)


class Doubler(Guard):
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


d = Doubler()
d.y = 4
print(d.y)


class ReadOnly:
    def __init__(self):
        object.__setattr__(self, "value", 10)

    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)


ro = ReadOnly()
print(ro.value)
try:
    ro.value = 1
except AttributeError as e:
    print("AttributeError:", e)


class Dir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Dir()))


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class Data:
    def __get__(self, obj, owner):
        return "data" if obj is not None else "data on class"

    def __set__(self, obj, value):
        print("Data.__set__", value)

    def __delete__(self, obj):
        print("Data.__delete__")


class Holder:
    nd = NonData()
    d = Data()


h = Holder()
h.__dict__["nd"] = "instance"
h.__dict__["d"] = "instance"
print(h.nd, h.d, Holder.nd, Holder.d)
h.d = 5
del h.d
h.nd = "set"
print(h.nd, h.__dict__)


class OnlyDelete:
    def __get__(self, obj, owner):
        return "od"

    def __delete__(self, obj):
        print("OnlyDelete.__delete__")


class Holder2:
    od = OnlyDelete()


h2 = Holder2()
h2.__dict__["od"] = "instance"
print(h2.od)
del h2.od


class Base:
    @classmethod
    def make(cls):
        return "Base.make " + cls.__name__

    @property
    def p(self):
        return "Base.p"

    def hello(self):
        return "Base.hello"


class Derived(Base):
    @classmethod
    def make(cls):
        return "Derived+" + super().make()

    @property
    def p(self):
        return "Derived+" + super().p

    def hello(self):
        return "Derived+" + super(Derived, self).hello()


print(Derived.make(), Derived().p, Derived().hello())
print(super(Derived, Derived()).p, super(Derived, Derived).make(), super(Derived, Derived).hello(Derived()))
try:
    super(Derived, 1)
except TypeError as e:
    print("TypeError:", e)


class Fmt:
    def __format__(self, spec):
        return "F<" + spec + ">"

    def __bytes__(self):
        return b"bytes!"

    def __round__(self, n=None):
        return ("round", n)

    def __reversed__(self):
        return iter([3, 2, 1])

    def __complex__(self):
        return 1 + 2j


f = Fmt()
print(format(f, "x>5"), f"{f:abc}", f"{f}", "{:q}".format(f), bytes(f), round(f), round(f, 2), list(reversed(f)), complex(f))


class Plain:
    pass


print(format(Plain(), "") == str(Plain()) and "ok")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    round(Plain())
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(Plain())
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 2


i = Idx()
print([0] * i, i * "ab", (1,) * i)
print([1, 2, 3, 4][i:], "abcd"[:i], list(range(i)), bin(i), hex(i), oct(i), [1, 2, 3][i], "abc"[i], (1, 2, 3)[i], range(10)[i])


class A:
    pass


class B:
    pass


for expr in [lambda: A() + B(), lambda: A() - 1, lambda: 1 * A(), lambda: A() @ B(), lambda: -A(), lambda: A() < B(), lambda: A() >= 1, lambda: 2 > A()]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)


class Eq:
    def __eq__(self, other):
        return True


try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
try:
    {Eq()}
except TypeError as e:
    print("TypeError:", e)
print(Eq.__hash__, Eq() == 1, Eq() != 1)


class EqHash(Eq):
    def __hash__(self):
        return 7


print(hash(EqHash()))


class Ord:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Ord(%d)" % self.v


print(Ord(1) > Ord(0), sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)))
