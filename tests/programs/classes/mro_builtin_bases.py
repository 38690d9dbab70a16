# Builtin types in the MRO come before the mixins after them (CPython finds int.__hash__).
class M:
    def __hash__(self):
        return 42
    def __repr__(self):
        return "M-repr"
    def bit_length(self):
        return "M.bit_length"
    def __eq__(self, other):
        return "M.eq"

class J(int, M):
    pass

print([c.__name__ for c in J.__mro__])
j = J(7)
print(hash(j), repr(j), j.bit_length(), j == 7, J.__hash__ is int.__hash__)
print(J.__repr__ is int.__repr__)
print(J.__eq__(j, 7))

class L(list, M):
    pass
l = L([1, 2])
print(repr(l), l == [1, 2])
try:
    hash(l)
except TypeError as e:
    print("TypeError", e)

class N(M, int):
    pass
n = N(3)
print(hash(n), repr(n), n == 3, n.bit_length())


# Builtin bases other than int, and mixins of metaclasses.
class Mixin:
    def __str__(self):
        return "Mixin.str"
    def __repr__(self):
        return "Mixin.repr"
    def __init__(self, *args):
        print("Mixin.__init__", args)
        self.args_seen = args

class E(ValueError, Mixin):
    pass
e = E("x")
print(str(e), repr(e), [c.__name__ for c in E.__mro__])
print(E.__init__ is Mixin.__init__)

class K(KeyError, Mixin):
    pass
print(str(K("k")), repr(K("k")))

class F(Mixin, ValueError):
    pass
print(str(F("y")), repr(F("y")), F.__init__ is Mixin.__init__)

class MetaMixin:
    def __repr__(cls):
        return "MetaMixin.repr"
    def __call__(cls, *a):
        return "MetaMixin.call"
    def extra(cls):
        return "extra"

class Meta(type, MetaMixin):
    pass
class C(metaclass=Meta):
    pass
print(repr(C), C().__class__.__name__, C.extra())

class Meta2(MetaMixin, type):
    pass
class C2(metaclass=Meta2):
    pass
print(repr(C2), C2())

class H:
    def __hash__(self):
        return 99
    def __len__(self):
        return 42
    def __contains__(self, x):
        return "H.contains"
    def __iter__(self):
        return iter("H")
class T(tuple, H):
    pass
t = T((1, 2))
print(hash(t) == hash((1, 2)), len(t), 2 in t, list(t))
class Fl(float, H):
    pass
print(hash(Fl(1.5)) == hash(1.5))
class St(str, H):
    pass
print(hash(St("ab")) == hash("ab"), len(St("ab")), list(St("ab")))
class Lst(list, H):
    pass
try:
    hash(Lst())
except TypeError as x:
    print("TypeError:", x)
print(len(Lst([1])), list(Lst([5])))

import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(hash(Color.RED) == hash(1), {Color.RED: "r"}[1], Color.GREEN == 2, repr(Color.GREEN), str(Color.RED))
