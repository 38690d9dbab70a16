# globals(), locals(), vars() and dir(): the namespaces of modules, functions, classes and
# objects.
import math

counter = 1


def show(mapping):
    return sorted(k for k in mapping if not k.startswith("__"))


print(show(globals()))
print(globals()["counter"], globals() is globals(), locals() is globals(), vars() is globals())
globals()["made_here"] = 42
print(made_here)


def function(a, b=2, *rest, key=None, **extra):
    local = a + b
    unbound_later = None
    del unbound_later
    print(sorted(locals().items()))
    print(dir())
    print(vars() == locals())
    never = 1


function(1, 3, 4, 5, key="k", extra=6)


def outer():
    shared = "cell"
    plain = "value"

    def inner():
        return shared

    print(sorted(locals()), inner())

    def reader():
        print("free:", locals())
        return shared

    reader()


outer()


class Namespace:
    x = 1
    print(sorted(k for k in locals() if k != "__qualname__"))

    def method(self):
        return locals()


print(list(Namespace().method()))
print([sorted(locals()) for _ in range(1)])
print(sorted(locals()) == sorted(globals()))


class Point:
    """A point."""

    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(vars(p), vars(p) is p.__dict__)
print(dir(p))
print(dir(Point))
print([n for n in dir(math) if not n.startswith("_")][:8], "pi" in dir(math))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: vars(1))
check(lambda: vars(1, 2))
check(lambda: globals(1))
check(lambda: locals(x=1))
check(lambda: dir(1, 2))
print(__import__("math").sqrt(16.0), __import__("math") is math)
check(lambda: __import__(5))
