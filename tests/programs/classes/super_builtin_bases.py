# super() in subclasses of builtin types, and the __class__ cell in nested functions.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def get(self, k, default=None):
        return ("get", super().get(k, default))

d = D()
d["a"] = 5
print(d["a"], dict.__getitem__(d, "a"), d.get("a"), d.get("zz", 0), len(d), repr(d))

class L(list):
    def append(self, x):
        super().append(x)
        super().append(x)
    def __len__(self):
        return super().__len__() * 10
l = L()
l.append(3)
print(l, len(l), super(L, l).__len__())

class I(int):
    def __add__(self, other):
        return I(super().__add__(other) * 100)
    def __repr__(self):
        return "I(" + super().__repr__() + ")"
print(repr(I(2) + 1), repr(I(5)))

class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("abc").upper(), super(S, S("x")).__str__())

class Outer:
    def method(self):
        def inner():
            return __class__
        def deeper():
            def deepest():
                return __class__.__name__
            return deepest()
        return inner(), deeper(), (lambda: __class__)()
    def uses_super(self):
        def helper():
            return super(__class__, self).__repr__
        return helper() is not None
o = Outer()
r = o.method()
print(r[0] is Outer, r[1], r[2] is Outer, o.uses_super())

class Sub(Outer):
    pass
print(Sub().method()[0] is Outer)
