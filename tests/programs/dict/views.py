# keys(), values() and items() views: live, sized, iterable, searchable, comparable.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i, len(k), len(v), len(i))

print("-- views follow the dict")
d["c"] = 3
print(k, v, i, len(k))
del d["a"]
print(k, v, i)
d["b"] = 20
print(v, i)
d.clear()
print(k, v, i, len(i), bool(k), bool(v))
d.update(x=1, y=2)
print(list(k), list(v), list(i))

print("-- membership")
d = {"a": 1, "b": [2], 3: None}
k = d.keys()
v = d.values()
i = d.items()
print("a" in k, "z" in k, 3 in k, 3.0 in k, None in k, "a" not in k)
print(1 in v, [2] in v, None in v, "a" in v, True in v)
print(("a", 1) in i, ("a", 2) in i, ("b", [2]) in i, (3, None) in i, ["a", 1] in i, "a" in i)
print(("a",) in i, ("a", 1, 2) in i, ("z", 1) in i, (1.0, 1) in {1: 1}.items())
nan = float("nan")
n = {1: nan}
print(nan in n.values(), (1, nan) in n.items(), (1, float("nan")) in n.items())
check(lambda: [] in k)
check(lambda: ([], 1) in i)
check(lambda: [] in v)

print("-- iteration and reversed")
d = {"one": 1, "two": 2, "three": 3}
for key in d.keys():
    print(key, end=" ")
print()
for value in d.values():
    print(value, end=" ")
print()
for pair in d.items():
    print(pair[0], pair[1], end="; ")
print()
for key, value in d.items():
    print(key, "=", value, end=" ")
print()
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.items())))
print(sorted(d.items()), sorted(d.values(), reverse=True), max(d.keys()), min(d.values()), sum(d.values()))
print(list(zip(d.keys(), d.values())) == list(d.items()), list(enumerate(d)))

print("-- set comparisons of keys and items views")
a = {1: "x", 2: "y"}
b = {2: "z", 1: "w"}
c = {1: "x", 2: "y", 3: "z"}
print(a.keys() == b.keys(), a.keys() != b.keys(), a.items() == b.items(), a.items() == dict(a).items())
print(a.keys() < c.keys(), a.keys() <= c.keys(), c.keys() > a.keys(), c.keys() >= a.keys(), a.keys() < b.keys())
print(a.items() < c.items(), b.items() < c.items(), a.items() <= a.items(), c.items() > b.items())
print(a.keys() == a.items(), {}.keys() == {}.items(), a.keys() == [1, 2], a.keys() != (1, 2))
print(a.values() == a.values(), a.values() == b.values(), {}.values() == {}.values())
check(lambda: a.keys() < 5)
check(lambda: a.values() < a.values())

print("-- isdisjoint")
print(a.keys().isdisjoint([3, 4]), a.keys().isdisjoint([2]), a.keys().isdisjoint(b.keys()), a.keys().isdisjoint([]))
print(a.items().isdisjoint([(1, "x")]), a.items().isdisjoint([(1, "y")]), a.items().isdisjoint(c.items()))
check(lambda: a.keys().isdisjoint())
check(lambda: a.keys().isdisjoint(1))
check(lambda: a.values().isdisjoint([1]))

print("-- views are not sequences or hashable")
check(lambda: a.keys()[0])
check(lambda: hash(a.keys()))
av = a.values()
print(hash(av) == hash(av))
check(lambda: hash(a.items()))
check(lambda: a.items().append(1))

print("-- repr")
d = {}
d[1] = d.values()
print(d.values(), d)
e = {}
e["k"] = e.items()
print(e.items())
f = {}
f[1] = f
print(f, f.keys(), f.values(), f.items())
print({"'": '"'}.items(), {(): []}.keys(), {None: 1.5}.values())
