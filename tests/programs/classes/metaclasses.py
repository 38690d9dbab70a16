# Metaclasses: __new__/__init__/__call__/__prepare__, class keywords, the metaclass
# calculation, type(name, bases, ns), __classcell__, and attributes of the metaclass.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"injected": 42}

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def shout(cls):
        return cls.__name__.upper()

    meta_attr = 7


class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)


class C(Base, metaclass=Meta, tag="x"):
    def __init__(self, v):
        self.v = v

    def method(self):
        return __class__.__name__


print(type(C), type(C).__name__, C.tag, C.injected, C.hello(), C.meta_attr, C.shout)
c = C(3)
print(c.v, type(c) is C, isinstance(C, Meta), isinstance(C, type), isinstance(c, C), c.method())
print(repr(C), C.__name__, C.__qualname__, C.__module__)
try:
    c.hello
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.meta_attr
except AttributeError as e:
    print("AttributeError:", e)


class D(C):
    pass


print(type(D), D.tag, D.hello(), D.__mro__)
print(issubclass(Meta, type), Meta.__mro__, type(Meta))

# type(name, bases, ns)
X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
print(X, X.__name__, X().f(), X.__module__, X.__qualname__, X.__bases__)
Y = type("Y", (X,), {"b": 2})
print(Y.__mro__, Y().f(), Y.b, type(Y))
print(type(3), type("s"), type(C), type(type))
try:
    type("Z", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)

# type.__new__ called directly
W = type.__new__(Meta, "W", (), {"x": 5})
print(W, type(W), W.x, W.hello())
W2 = Meta("W2", (), {})
print(W2, type(W2), W2.tag)

# the metaclass calculation
class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Bad(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)


class Sub(M1):
    pass


class B1(metaclass=Sub):
    pass


class B2(A1, B1):
    pass


class B3(B1, metaclass=M1):
    pass


print(type(B2), type(B3))

# a metaclass that drops __classcell__
class Drop(type):
    def __new__(mcls, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns2)


try:
    class Q(metaclass=Drop):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class Keep(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class K(metaclass=Keep):
    def f(self):
        return __class__


print(K().f() is K)

# a function as the metaclass
def factory(name, bases, ns, **kw):
    print("factory", name, bases, kw, ns["__qualname__"])
    return 5


class F(metaclass=factory, k=1):
    pass


print(F)

# __repr__, __iter__, __len__, __getitem__, __contains__ on the metaclass
class EnumMeta(type):
    def __repr__(cls):
        return "<enum " + cls.__name__ + ">"

    def __iter__(cls):
        return iter(k for k in cls.__dict__ if not k.startswith("_"))

    def __len__(cls):
        return len(list(iter(cls)))

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __contains__(cls, name):
        return name in list(iter(cls))


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2


print(Color, repr(Color), str(Color), list(Color), len(Color), Color["GREEN"], "RED" in Color, "X" in Color)

# a singleton through __call__
class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value)

# a registry
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class R1(metaclass=Registry):
    pass


class R2(R1):
    pass


print(Registry.classes)

# metaclass __getattr__ and __setattr__
class Lazy(type):
    def __getattr__(cls, name):
        return "lazy " + name

    def __setattr__(cls, name, value):
        print("Lazy.__setattr__", name, value)
        super().__setattr__(name, value)


class L(metaclass=Lazy):
    real = 1


print(L.real, L.missing)
L.real = 2
print(L.real)

# a metaclass's __new__ returning something else
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 42


class Odd(metaclass=Weird):
    pass


print(Odd)

# __init_subclass__ with class keywords through type
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls


class P1(Plugin, name="first"):
    pass


class P2(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class P3(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(other=1):
        pass
except TypeError as e:
    print("TypeError:", e)


# dir() of a class with a metaclass, callable(), __class__ of classes and metaclasses
class MX(type):
    x = 1


class CX(metaclass=MX):
    a = 1

    def f(self):
        pass


print([n for n in dir(CX) if not n.startswith("__")], callable(CX), CX.__class__, MX.__class__)


class WithCall(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)


class U(metaclass=WithCall):
    def __init__(self, a, b=2):
        self.s = a + b


class U2(U):
    pass


print(U(1, b=5).s, U2(1).s, type(U2), type(type(U)), U(0).__class__)


# type(name, bases, ns) with a base whose metaclass defines __new__ and __init__
class Traced(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Traced.__new__", name)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Traced.__init__", name)


class T0(metaclass=Traced):
    pass


T1 = type("T1", (T0,), {"k": 1})
print(type(T1), T1.k)


# __new__ is a static method without a decorator
class N:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class N2(N):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(N(1, 2).args, N2(3).args, type(N.__dict__["__new__"]).__name__)
