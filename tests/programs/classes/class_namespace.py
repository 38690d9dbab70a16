# A class's __dict__ is a read-only mappingproxy; __bases__ lists every base; __class__ can be
# overridden by a property, and isinstance() believes it; __prepare__'d namespaces see
# __module__ and __qualname__ stored through their __setitem__.


class A:
    x = 1

    def f(self):
        return 2


class B:
    y = 3


class C(A, B):
    z = 4


d = C.__dict__
print(type(d), type(d).__name__, d["z"], "z" in d, "x" in d, len(d) == len(dict(d)), sorted(k for k in d if not k.startswith("__")))
print(d.get("z"), d.get("nope"), d.get("nope", 5), sorted(d.keys())[-1], list(d.items())[-2:] == list(C.__dict__.items())[-2:])
print(d == dict(d), d.copy() == dict(d), type(d.copy()).__name__, str(d) == str(dict(d)))
print(repr(B.__dict__).startswith("mappingproxy({'__module__': '__main__', 'y': 3"), A.__dict__["f"](None))
try:
    C.__dict__["w"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__dict__["z"]
except TypeError as e:
    print("TypeError:", e)
try:
    C.__dict__["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(C.__dict__)
except TypeError as e:
    print("TypeError:", e)
C.w = 7
print("w" in d, d["w"], vars(C)["w"], type(vars(C)).__name__)
print("__init__" in object.__dict__, "__len__" in object.__dict__, type(object.__dict__).__name__, "append" in list.__dict__)

mp = type(C.__dict__)
m = mp({"a": 1})
print(m, repr(m), m["a"], list(m), len(m), m.get("a"), m.copy(), list(m.values()), m == {"a": 1})
try:
    mp([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    m["b"] = 2
except TypeError as e:
    print("TypeError:", e)

print(C.__bases__, A.__bases__, object.__bases__, bool.__bases__, int.__bases__)
X = type("X", (A, B), {})
print(X.__bases__, X.__mro__, C.__base__ if hasattr(C, "__base__") else None)


class Ghost:
    @property
    def __class__(self):
        return A


g = Ghost()
print(g.__class__, type(g), isinstance(g, A), isinstance(g, Ghost), isinstance(g, B), isinstance(g, (B, A)))


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()

    def __new__(mcls, name, bases, ns):
        print(name, ns.log)
        return super().__new__(mcls, name, bases, dict(ns))


class Rec(metaclass=Meta):
    a = 1

    def m(self):
        return __class__


# mappingproxy() accepts what has __getitem__, except lists and tuples
print(mp("abc")[1], mp({1: 2}))


class G:
    def __getitem__(self, k):
        return k * 2


print(mp(G())[4])
for bad in ([1], (1,), 5, object()):
    try:
        mp(bad)
    except TypeError as e:
        print("TypeError:", e)


class L(list):
    pass


class D(dict):
    pass


try:
    mp(L())
except TypeError as e:
    print("TypeError:", e)
print(mp(D(a=1)))
