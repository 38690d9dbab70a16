# Every dict method, with the edge cases of each.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


print("-- get")
d = {"a": 1, "b": None, 2: "two", (1, 2): [3]}
print(d.get("a"), d.get("b"), d.get("b", 5), d.get("z"), d.get("z", 0), d.get(2), d.get(2.0), d.get(True))
print(d.get((1, 2)), d.get((1, 2), "x") is d[(1, 2)], {1: "one"}.get(True), {0.0: "zero"}.get(0))
check(lambda: d.get([]))
check(lambda: d.get())
check(lambda: d.get(1, 2, 3))
check(lambda: d.get(key=1))

print("-- setdefault")
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b"), d.setdefault("c", []), d)
d.setdefault("c", []).append(1)
d.setdefault("c", []).append(2)
print(d)
check(lambda: d.setdefault())
check(lambda: d.setdefault(1, 2, 3))
check(lambda: d.setdefault([], 1))
print(d)

print("-- pop")
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d, d.pop("z", "default"), d.pop("z", None), d)
print(d.pop("a", 99), d)
check(lambda: d.pop("z"))
check(lambda: d.pop())
check(lambda: d.pop(1, 2, 3))
check(lambda: d.pop([]))
check(lambda: {}.pop([]))
check(lambda: {}.pop([], "empty dicts do not hash"))
check(lambda: {}.pop((1, 2)))

print("-- popitem")
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d)
d[4] = "d"
print(d.popitem(), d.popitem(), d)
d[5] = "e"
del d[1]
d[6] = "f"
print(d, d.popitem(), d.popitem(), d)
check(lambda: d.popitem())
check(lambda: {}.popitem())
check(lambda: d.popitem(1))
x = {}
for i in range(20):
    x[i] = i * i
for i in range(0, 20, 2):
    del x[i]
order = []
while len(x) > 0:
    order.append(x.popitem()[0])
print(order)
for i in range(5):
    x[i] = i
print(x, x.popitem())

print("-- keys, values, items")
d = {"x": 1, "y": 2}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
check(lambda: d.keys(1))
check(lambda: d.values(x=1))
check(lambda: d.items(1, 2))

print("-- update")
d = {"a": 1}
print(d.update({"b": 2, "a": 10}), d)
d.update([("c", 3), ["d", 4]])
d.update((("e", 5),))
d.update(f=6, a=0)
d.update({"g": 7}, h=8)
d.update([("i", 9)], j=10)
d.update()
d.update({})
d.update(["kl", "mn"])
print(d)
d = {}
d.update({1: 2}.items())
d.update(zip("ab", "xy"))
d.update(enumerate(["p", "q"]))
print(d)
d.update(d)
print(d)
check(lambda: d.update(1))
check(lambda: d.update([1]))
check(lambda: d.update([(1, 2, 3)]))
check(lambda: d.update(["abc"]))
check(lambda: d.update([[1]]))
check(lambda: d.update({}, {}))
check(lambda: d.update([([], 1)]))
partial = {}
check(lambda: partial.update([(1, 1), (2, 2), (3,), (4, 4)]))
print(partial)

print("-- clear")
d = {1: 2, 3: 4}
e = d
print(d.clear(), d, e, len(d))
d[5] = 6
print(d, e)
check(lambda: d.clear(1))

print("-- copy")
d = {"a": [1], "b": 2}
c = d.copy()
print(c, c == d, c is d, c["a"] is d["a"])
c["c"] = 3
c["a"].append(2)
print(d, c)
check(lambda: d.copy(1))
print({}.copy())

print("-- fromkeys")
print({}.fromkeys(["a", "b"]), {}.fromkeys("xyz", 0), {1: 1}.fromkeys(range(3), []))
print({}.fromkeys([]), {}.fromkeys((1, 1, 2)), {}.fromkeys({"k": "v"}))
check(lambda: {}.fromkeys())
check(lambda: {}.fromkeys(1))
check(lambda: {}.fromkeys([[]]))

print("-- methods as values")
d = {}
put = d.setdefault
put("a", 1)
put("b", 2)
get = d.get
print(d, get("a"), get("z", "none"))
