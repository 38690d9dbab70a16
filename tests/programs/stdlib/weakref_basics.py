# Weak references: referents, callbacks, which objects accept them, equality and hashing.
import weakref
import collections


class C:
    def method(self):
        pass


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


c = C()
r = weakref.ref(c)
print(r() is c, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(c) is r, r.__callback__)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
print(c.__weakref__ is r)
events = []
r1 = weakref.ref(c, lambda wr: events.append(("first", wr is r1, wr())))
r2 = weakref.ref(c, lambda wr: events.append(("second", wr is r2, wr())))
print(r1 is r, r1 is r2, r1.__callback__ is not None, weakref.getweakrefcount(c))
print([w is r for w in weakref.getweakrefs(c)], [w is r2 for w in weakref.getweakrefs(c)])
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
del c
print(events)
print(r(), r1(), r2(), repr(r).endswith("; dead>"))
print(weakref.getweakrefcount(C()), weakref.getweakrefs(1))


# Which objects accept weak references.
class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Slotted):
    pass


class L(list):
    pass


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class E(Exception):
    pass


def gen():
    yield 1


def func():
    pass


for label, make in [
    ("int", lambda: 1),
    ("big int", lambda: 10 ** 30),
    ("str", lambda: "a"),
    ("tuple", lambda: (1,)),
    ("list", lambda: [1]),
    ("dict", lambda: {}),
    ("None", lambda: None),
    ("float", lambda: 1.5),
    ("bytes", lambda: b"x"),
    ("bytearray", lambda: bytearray()),
    ("object", lambda: object()),
    ("range", lambda: range(3)),
    ("bool", lambda: True),
    ("instance", lambda: C()),
    ("function", lambda: func),
    ("lambda", lambda: lambda: 0),
    ("class", lambda: C),
    ("builtin type", lambda: int),
    ("set", lambda: {1}),
    ("frozenset", lambda: frozenset()),
    ("generator", lambda: gen()),
    ("bound method", lambda: C().method),
    ("builtin", lambda: len),
    ("builtin method", lambda: [].append),
    ("slots", lambda: Slotted()),
    ("slots with __weakref__", lambda: SlottedWeak()),
    ("subclass of slotted", lambda: Sub()),
    ("list subclass", lambda: L()),
    ("int subclass", lambda: I(3)),
    ("tuple subclass", lambda: T()),
    ("str subclass", lambda: S("x")),
    ("exception subclass", lambda: E()),
    ("exception", lambda: ValueError()),
    ("deque", lambda: collections.deque()),
    ("weakref", lambda: weakref.ref(C)),
]:
    obj = make()
    try:
        w = weakref.ref(obj)
        print(label, "ok", w() is obj)
    except TypeError as e:
        print(label, "TypeError:", e)

print(SlottedWeak().__weakref__, Sub().__weakref__, E().__weakref__)
show("slots.__weakref__", lambda: Slotted().__weakref__)
sw = SlottedWeak()
wsw = weakref.ref(sw)
print(sw.__weakref__ is wsw)
del sw
print(wsw())

# Arguments.
show("no args", lambda: weakref.ref())
show("three args", lambda: weakref.ref(C, None, None))
show("keywords", lambda: weakref.ref(C, callback=None))
show("call with args", lambda: weakref.ref(C)(1))
show("call with keywords", lambda: weakref.ref(C)(x=1))
show("count args", lambda: weakref.getweakrefcount())
show("refs args", lambda: weakref.getweakrefs())
print(weakref.ref(C, None).__callback__, weakref.ref(C, None) is weakref.ref(C))


# Equality and hashing.
class K:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


a, b, a2 = K(1), K(2), K(1)
ra, rb, ra2 = weakref.ref(a), weakref.ref(b), weakref.ref(a2)
print(ra == ra2, ra != ra2, ra == rb, ra != rb, ra == a, hash(ra) == hash(1))
show("ordering", lambda: ra < rb)
h = hash(ra2)
del a2
print(ra == ra2, ra2 == ra2, ra2 != ra, hash(ra2) == h)
print({ra: "x"}[weakref.ref(a)])
lonely = K(5)
rl = weakref.ref(lonely)
del lonely
show("hash of dead", lambda: hash(rl))
show("unhashable referent", lambda: hash(weakref.ref(L())))


# Callbacks run after __del__, and errors in them are reported and ignored.
class D:
    def __del__(self):
        print("__del__ runs first, ref alive:", rd() is self)


d = D()
rd = weakref.ref(d, lambda wr: print("then the callback:", wr()))
del d


class Failing:
    def __call__(self, wr):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Failing callback>"


f = C()
rf = weakref.ref(f, Failing())
del f
print("after failing callback", rf())

# A weak reference that dies first never calls back.
g = C()
rg = weakref.ref(g, lambda wr: print("never printed"))
del rg
del g


# Proxies.
class P:
    def __init__(self):
        self.x = 5
        self.items = [1, 2, 3]

    def method(self):
        return "method of P"

    def __call__(self, *args):
        return ("called", args)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __str__(self):
        return "str of P"


class Plain:
    pass


p_obj = P()
p = weakref.proxy(p_obj)
print(type(p).__name__, type(weakref.proxy(Plain())).__name__)
print(p.x, p.method(), p(1, 2), len(p), p[1], list(p), 2 in p, str(p), bool(p))
p.y = 7
print(p_obj.y, weakref.proxy(p_obj) is p, weakref.getweakrefcount(p_obj))
del p.y
print(hasattr(p_obj, "y"))
show("hash of proxy", lambda: hash(p))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(isinstance(p, weakref.CallableProxyType))
proxy_calls = []
pp = weakref.proxy(p_obj, lambda pr: proxy_calls.append(pr is pp))
del p_obj
print(proxy_calls)
show("dead proxy attribute", lambda: p.x)
show("dead proxy call", lambda: p())
show("dead proxy len", lambda: len(p))
show("proxy arguments", lambda: weakref.proxy())


# Subclasses of ref.
class KeyedRef(weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class MyRef(weakref.ref):
    pass


class Named(weakref.ref):
    def __call__(self):
        o = super().__call__()
        return ("named", self.name, o is not None)


c = C()
k = KeyedRef(c, lambda r: print("keyed callback", r.key, r()), "K")
m = MyRef(c)
m2 = MyRef(c)
print(k() is c, k.key, m() is c, m is m2, m == m2, type(k).__name__, isinstance(k, weakref.ref))
print(weakref.getweakrefcount(c), k.__callback__ is not None, m.__callback__)
print(hash(k) == hash(c), k == m, weakref.ref.__hash__(k) == hash(c))
print(repr(m).startswith("<weakref at 0x"), callable(k), callable(m), callable(weakref.ref(C)))
n = Named(c)
n.name = "nm"
print(n(), n.name, n.__dict__)
mm = weakref.ref(m)
print(mm() is m, m.__weakref__ is mm)
show("no args", lambda: MyRef())
show("too many", lambda: MyRef(c, None, 3))
show("not weakrefable", lambda: MyRef(1))
show("slotted subclass", lambda: weakref.ref(k))
del c
print(k(), m(), n())
del m, m2
print(mm())


# Proxies forward arithmetic and comparisons to their referents.
class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return ("add", self.n, o)

    def __radd__(self, o):
        return ("radd", self.n, o)

    def __neg__(self):
        return ("neg", self.n)

    def __mul__(self, o):
        return ("mul", self.n, o)

    def __eq__(self, o):
        return isinstance(o, V) and o.n == self.n

    def __lt__(self, o):
        return self.n < o.n

    __hash__ = None


v = V(3)
pv = weakref.proxy(v)
print(pv + 1, 1 + pv, -pv, pv * 2, pv == V(3), pv == pv, pv < V(5), pv.n)
show("unsupported", lambda: pv - 1)
s = {1, 2}
ps = weakref.proxy(s)
print(ps | {3}, ps & {1}, len(ps), 1 in ps, sorted(ps))
print(repr(pv).startswith("<weakproxy at 0x"), " to V at 0x" in repr(pv))
