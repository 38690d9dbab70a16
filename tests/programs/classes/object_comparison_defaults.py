o = object()
p = object()
print(o.__ne__(p), o.__ne__(o), o.__eq__(p), o.__eq__(o))
print(object.__eq__(o, p), object.__ne__(o, p), object.__lt__(o, p), object.__le__(o, o), object.__gt__(o,p), object.__ge__(o,o))
print(o != p, o == o, o != o)
class A:
    def __eq__(self, other):
        return NotImplemented
a = A()
print(a.__ne__(a), a != a, a == a, A.__ne__(a, 1))
class B:
    def __eq__(self, other):
        return 1
b = B()
print(b.__ne__(b), b != b, object.__ne__(b, 3))
class C:
    pass
c = C()
print(c.__eq__(c), c.__eq__(1), c.__ne__(1), c.__ne__(c), c.__lt__(c))
try:
    o < p
except TypeError as e:
    print(e)

# `!=` of an instance uses its class's `__eq__` through object.__ne__.
class Always:
    def __eq__(self, other):
        return True
x = Always()
print(x != 1, x.__ne__(2), object.__ne__(x, 3), [x] != [1])

class Ordered:
    def __lt__(self, other):
        return "lt"
print(Ordered() < Ordered(), Ordered() > Ordered(), Ordered().__gt__(1))
