# tuple.index and tuple.count, and the behaviour tuples share with lists.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


t = ("a", "b", "c", "b", "a")
print("-- index")
print(t.index("a"), t.index("b"), t.index("c"))
print(t.index("a", 1), t.index("b", 2), t.index("b", -2), t.index("a", -1))
print(t.index("b", 0, 2), t.index("a", -100), t.index("a", 4, 100), t.index("c", True))
print((1, 2.0, 3).index(2), (1, 2, 3).index(3.0), (0, False).index(False), ((1,), [1]).index([1]))
nan = float("nan")
print((nan,).index(nan), (1, nan).index(nan, 1))
check(lambda: t.index("z"))
check(lambda: t.index("c", 3))
check(lambda: t.index("c", 0, 2))
check(lambda: t.index("a", 2 ** 70))
check(lambda: t.index("a", -2 ** 70))
check(lambda: ().index(1))
check(lambda: t.index())
check(lambda: t.index("a", 1, 2, 3))
check(lambda: t.index("a", "b"))
check(lambda: t.index(x="a"))

print("-- count")
u = (1, 2, 1, 1.0, True, "1", [1], (1,), None)
print(u.count(1), u.count(2), u.count("1"), u.count([1]), u.count((1,)), u.count(None), u.count(3))
print(().count(1), (nan, nan).count(nan), ((), ()).count(()))
check(lambda: u.count())
check(lambda: u.count(1, 2))
check(lambda: u.count(x=1))

print("-- methods as values")
f = t.index
g = t.count
print(f("c"), g("b"), g("z"))

print("-- no mutating methods")
check(lambda: t.append(1))
check(lambda: t.sort())
check(lambda: t.pop())

print("-- iteration, reversed, containment")
print(list(t), list(reversed(t)), list(reversed(())), list(reversed((1,))))
print("a" in t, "z" in t, nan in (nan,), [] in ([],), 1 in (True,), (1,) in ((1,),))
print(sorted(t), sorted(t, reverse=True), min(t), max(t), len(t))

print("-- repr and comparisons")
print((), (1,), (1, 2), ((),), ((1,),), ("x", None, 2.5, [1]))
a = []
v = (a, a)
a.append(v)
print(v, a)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (nan,) == (nan,), () < (0,), (1,) == [1])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))))
check(lambda: hash((1, [2])))
check(lambda: (1,) < ("a",))
