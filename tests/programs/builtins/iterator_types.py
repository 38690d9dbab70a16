# enumerate, zip, map, filter and reversed are types, not functions.
e = enumerate("ab", 1)
print(isinstance(e, enumerate), type(e) is enumerate, type(e).__name__, list(e))
z = zip([1, 2], "xy")
print(isinstance(z, zip), type(z) is zip, list(z))
m = map(abs, [-1, -2])
print(isinstance(m, map), type(m) is map, list(m))
f = filter(None, [0, 1, 2])
print(isinstance(f, filter), type(f) is filter, list(f))
r = reversed((1, 2, 3))
print(isinstance(r, reversed), type(r) is reversed, list(r))
print(type(reversed([1, 2])).__name__, isinstance(reversed([1]), reversed))
for t in (enumerate, zip, map, filter, reversed):
    print(t.__name__, type(t).__name__, isinstance(t, type), repr(t))
    print(" ", "__next__" in dir(t), "__iter__" in dir(t), issubclass(t, object))
print(isinstance(enumerate, type), callable(zip))

# The constructors check their arguments as before.
checks = [
    lambda: enumerate(),
    lambda: enumerate([], "1"),
    lambda: enumerate([], start=1.5),
    lambda: zip(1),
    lambda: zip(a=1),
    lambda: map(abs),
    lambda: map(abs, x=[1]),
    lambda: filter(None),
    lambda: reversed(1),
    lambda: reversed([], [])
]
for check in checks:
    try:
        check()
    except TypeError as exc:
        print("TypeError:", exc)
print(list(enumerate("xy", start=5)), list(map(pow, [2, 3], [3, 2])))
print(list(zip()), list(filter(bool, [0, "", "a"])), list(reversed(range(3))))

# All five can be subclassed.
class E(enumerate):
    pass
e = E("ab", 3)
print(type(e).__name__, isinstance(e, enumerate), list(e))
class Z(zip):
    def __next__(self):
        return ("z",) + super().__next__()
z = Z([1, 2], "ab")
z.tag = 1
print(type(z).__name__, list(z), z.tag, z.__dict__)
class M(map):
    def __init__(self, *args):
        self.n = len(args)
m = M(abs, [-1], [2])
print(type(m).__name__, m.n)
class F(filter):
    pass
print(list(F(None, [0, 1])), F.__mro__)
class R(reversed):
    pass
print(type(R((1, 2))).__name__, list(R("ab")), type(R([1, 2])).__name__, list(R([1, 2])))
class Loop(enumerate):
    pass
lp = Loop([1])
lp.me = lp
del lp
import gc  # a cycle through an iterator subclass instance is collected
gc.collect()
try:
    E()
except TypeError as exc:
    print("TypeError:", exc)
