# enumerate, zip, map, filter, reversed, iter and next: lazy iterator objects.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


print("-- enumerate")
print(list(enumerate("abc")), list(enumerate([])), list(enumerate(["x"], 5)), list(enumerate("ab", -1)))
print(list(enumerate("ab", start=10)), list(enumerate(iterable="ab")), list(enumerate(start=2, iterable=[0])))
print(list(enumerate("ab", True)), list(enumerate("ab", 2 ** 64)), list(enumerate([1], -(2 ** 70))))
print(list(enumerate({"k": 1, "j": 2})), list(enumerate(range(3), 3)), list(enumerate(enumerate("z"))))
e = enumerate("xyz")
print(next(e), next(e), list(e), list(e), iter(e) is e)
for pair in enumerate(["a", "b"], 1):
    print(pair[0], pair[1])
for i, ch in enumerate("hi"):
    print(i, ch)
check(lambda: enumerate())
check(lambda: enumerate(1))
check(lambda: enumerate([1], "a"))
check(lambda: enumerate([1], 1.5))
check(lambda: enumerate([1], start=None))
check(lambda: enumerate([1], foo=1))
check(lambda: enumerate([1], 1, 2))
check(lambda: enumerate([], 0, start=1))

print("-- zip")
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2], "abc")), list(zip("ab", range(10), (True, False))))
print(list(zip([], [1])), list(zip({"a": 1}, {"b": 2}.values())), dict(zip("abc", range(3))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), iter(z) is z)
left = iter([1, 2, 3])
print(list(zip(left, [10])), next(left))
for a, b in zip("xy", [1, 2]):
    print(a, b)
check(lambda: zip(1))
check(lambda: zip([], 1))
check(lambda: zip([], [], None))
check(lambda: zip(a=1))

print("-- map")
print(list(map(abs, [-1, 2, -3])), list(map(len, ["a", "bb", ""])), list(map(str, range(3))))
print(list(map(pow, [2, 3], [3, 2])), list(map(pow, [2, 3, 4], [1, 2])), list(map(abs, [])))
print(list(map(lambda x, y, z: x + y + z, [1, 2], [10, 20], [100, 200])))


def shout(word):
    print("called with", word)
    return word + "!"


m = map(shout, ["a", "b", "c"])
print("nothing called yet")
print(next(m))
print(list(m), list(m))
check(lambda: map())
check(lambda: map(len))
check(lambda: map(len, 1))
check(lambda: map(len, [], 1))
check(lambda: map(len, [], x=1))
check(lambda: list(map(len, [1])))
check(lambda: list(map(1, [1])))

print("-- filter")
print(list(filter(None, [0, 1, "", "a", None, [], [0], 0.0])), list(filter(bool, [0, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(len, ["", "a", "bc"])), list(filter(None, [])))


def small(x):
    print("testing", x)
    return x < 3


f = filter(small, [1, 5, 2, 8])
print("nothing tested yet")
print(next(f))
print(list(f), list(f))
check(lambda: filter(len))
check(lambda: filter(len, 1))
check(lambda: filter(len, [], x=1))
check(lambda: filter())
check(lambda: list(filter(1, [1])))
check(lambda: list(filter(len, [1])))

print("-- reversed")
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -2))), list(reversed(range(0))), list(reversed(range(7, 8))))
print(list(reversed(range(-5, 5, 4))), list(reversed(range(2 ** 64, 2 ** 64 + 3))), list(reversed({"a": 1, "b": 2})))
r = reversed("xy")
print(next(r), next(r), next(r, "end"), iter(r) is r)
check(lambda: reversed(1))
check(lambda: reversed(None))
check(lambda: reversed(iter([1])))
check(lambda: reversed(map(abs, [1])))
check(lambda: reversed())
check(lambda: reversed([], []))
check(lambda: reversed(x=[]))

print("-- iter and next")
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "default"), iter(it) is it)
print(list(iter("ab")), list(iter(range(2))), list(iter((1,))), list(iter({"k": 0})))
check(lambda: next(it))
check(lambda: next([]))
check(lambda: next(1))
check(lambda: next())
check(lambda: next(it, 1, 2))
check(lambda: next(iterator=it))
check(lambda: iter())
check(lambda: iter(1))
check(lambda: iter(None))
check(lambda: iter([], 1, 2))
check(lambda: iter(x=1))

print("-- iter(callable, sentinel)")
stack = [1, 2, 3, 0, 4]
print(list(iter(stack.pop, 3)), stack)
values = [5, 6, "stop", 7]
print(list(iter(values.pop, 5)), values)
count = [0]


def counter():
    count[0] += 1
    return count[0]


c = iter(counter, 4)
print(next(c), list(c), list(c), next(c, "done"), count)
check(lambda: iter(1, 2))
check(lambda: list(iter([].pop, 1)))
nan = float("nan")
vals = [nan, 1]
print(list(iter(vals.pop, nan)))
