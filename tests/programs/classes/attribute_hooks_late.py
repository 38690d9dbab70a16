class C:
    pass
c = C()
c.x = 1
def ga(self, name):
    return "ga:" + name
for i in range(2):
    print(c.x)
C.__getattribute__ = ga
for i in range(2):
    print(c.x, c.y)
del C.__getattribute__
print(c.x)
try:
    c.y
except AttributeError as e:
    print("AE", e)
def gattr(self, name):
    return "getattr:" + name
C.__getattr__ = gattr
print(c.x, c.y)

class B:
    pass
class D(B):
    pass
d = D()
d.a = 5
print(d.a)
B.__getattribute__ = lambda self, n: "B:" + n
print(d.a, d.zz)
del B.__getattribute__
print(d.a)

log = []
class S:
    pass
s = S()
def sa(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 2)
for i in range(3):
    if i == 1:
        S.__setattr__ = sa
    s.v = i
    print(s.v)
print(log)
def da(self, name):
    log.append(("del", name))
S.__delattr__ = da
del s.v
print(s.v, log[-1])
del S.__setattr__
s.w = 10
print(s.w)

# Method calls and property reads at cached sites see hooks added and removed later.
class P:
    def m(self):
        return "P.m"
p = P()
for i in range(4):
    if i == 1:
        P.__getattribute__ = lambda self, n: (lambda: "hooked " + n)
    if i == 3:
        del P.__getattribute__
    print(p.m())

class Q:
    @property
    def prop(self):
        raise AttributeError("inner")
q = Q()
for i in range(3):
    if i == 1:
        Q.__getattr__ = lambda self, n: "fallback " + n
    try:
        print(q.prop)
    except AttributeError as e:
        print("AttributeError:", e)

class Base:
    pass
class Derived(Base):
    def __init__(self):
        self.own = "own"
obj = Derived()
for i in range(3):
    if i == 1:
        Base.__getattr__ = lambda self, n: "base fallback " + n
    print(obj.own, getattr(obj, "absent", "default"))

# A metaclass's __getattribute__, in its body or assigned later, reads its classes' attributes.
class Meta(type):
    pass
class C(metaclass=Meta):
    x = 1
print(C.x)
def ga(cls, name):
    if name == "x":
        return "meta ga x"
    return type.__getattribute__(cls, name)
Meta.__getattribute__ = ga
print(C.x, C.__name__)
del Meta.__getattribute__
print(C.x)

class Meta2(type):
    def __getattribute__(cls, name):
        return "always " + name
class D(metaclass=Meta2):
    y = 2
print(D.y, D.anything)
