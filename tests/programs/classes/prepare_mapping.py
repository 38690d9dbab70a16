# A metaclass's __prepare__ may return any mapping: the class body reads, writes and deletes
# its names through the mapping's own methods.
class Ns:
    def __init__(self):
        self.d = {}
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.d[k] = v
    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.d[k]
    def __delitem__(self, k):
        self.log.append(("del", k))
        del self.d[k]

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Ns()
    def __new__(mcls, name, bases, ns, **kw):
        print(ns.log)
        return super().__new__(mcls, name, bases, dict(ns.d))

class C(metaclass=Meta):
    x = 1
    y = x + 1
    def f(self):
        return y
    del x
    z = len
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(C.y, C.z([1]), C.__module__, C.__qualname__)

try:
    class Missing(metaclass=Meta):
        del nothing
except NameError as e:
    print("NameError:", e)


# A dict subclass's __getitem__ and __setitem__ run too.
class Recording(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print("missing", k)
        raise KeyError(k)

class RecordingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

class D(metaclass=RecordingMeta):
    a = 1
    b = a * 2
    c = abs(-3)
print(D.a, D.b, D.c)


# A mapping that provides __name__ decides __module__.
class Named(Ns):
    def __init__(self):
        super().__init__()
        self.d["__name__"] = "fake_module"

class NamedMeta(Meta):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Named()

class E(metaclass=NamedMeta):
    pass
print(E.__module__)


# Not a mapping, and type.__new__ with a mapping that is not a dict.
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class F(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)

class PassThrough(Meta):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, ns)
try:
    class G(metaclass=PassThrough):
        pass
except TypeError as e:
    print("TypeError:", e)
