# Class hooks: __init_subclass__, __class_getitem__, __instancecheck__/__subclasscheck__,
# __set_name__, nested __qualname__/__module__/__doc__, __dict__, __class__ assignment.


class Base:
    subs = []

    def __init_subclass__(cls, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
        Base.subs.append(cls.__name__)


class A(Base, flag=True):
    pass


class B(Base):
    pass


class C(A):
    pass


print(A.flag, B.flag, C.flag, Base.subs, Base.__dict__["__init_subclass__"].__class__.__name__)
try:
    class E(Base, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class H(G):
    pass


print(G[int], G[1, 2], H[str])
try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
try:
    A[0]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return obj == 42

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int


class Anything(metaclass=Meta):
    pass


print(isinstance(42, Anything), isinstance(3, Anything), issubclass(int, Anything), issubclass(str, Anything))
print(isinstance(42, (str, Anything)), issubclass(bool, (str, Anything)))
print(isinstance(Anything(), Anything))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError:", e)


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        return self.name if obj is not None else self


class HasNamed:
    x = Named()
    y = Named()


print(HasNamed().x, HasNamed().y, type(HasNamed.x).__name__)


class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")


try:
    class Owner:
        attr = BadName()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


class Outer:
    """outer doc"""

    class Inner:
        """inner doc"""

        class Deep:
            pass

    def f(self):
        class Local:
            pass

        return Local


print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.__module__, Outer.Inner.__doc__, Outer.__doc__)
print(Outer().f().__qualname__, Outer().f(), Outer.Inner.Deep)


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc.__dict__["__doc__"], "__qualname__" in NoDoc.__dict__)


class P:
    a = 1

    def m(self):
        pass


print(sorted(k for k in P.__dict__ if not k.startswith("__")), "__module__" in P.__dict__, P.__dict__["a"])
p = P()
p.z = 3
print(p.__dict__, vars(p))
p.__dict__["w"] = 4
print(p.w)


class Q:
    def who(self):
        return "Q"


class R:
    def who(self):
        return "R"


q = Q()
q.data = 1
q.__class__ = R
print(type(q).__name__, q.who(), q.data, isinstance(q, R))
try:
    q.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    q.__class__ = 5
except TypeError as e:
    print("TypeError:", e)

# replacing an instance's __dict__
p2 = P()
p2.x = 1
p2.__dict__ = {"y": 2}
print(p2.__dict__, hasattr(p2, "x"), p2.y)
try:
    p2.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
