# min, max, sum, any and all.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


print("-- min and max over one iterable")
print(min([3, 1, 2]), max([3, 1, 2]), min((5,)), max("hello"), min("hello"), max(range(10)))
print(min({3: "a", 1: "b"}), max({3: "a", 1: "b"}.values()), min(iter([4, 2, 8])), max([[1, 2], [1, 3], [0]]))
print(min([2.5, 1, True]), max([2.5, 3, True]), min([-0.0, 0]), max([0, -0.0]), min([10 ** 30, -5]))

print("-- min and max over several arguments")
print(min(3, 1, 2), max(3, 1, 2), min(1, 1.0), max(1.0, 1), min("b", "a"), max((1, 2), (1, 3)))
print(min(1, 2, key=None), max([1, 2], key=None))

print("-- the first of equal items wins")
print(min([1, 1.0, True]), max([1, 1.0, True]), min(1.0, 1), max(True, 1, 1.0))
words = ["bb", "a", "cc", "d"]
print(min(words, key=len), max(words, key=len), min("x", "yy", "zz", key=len), max("x", "yy", "zz", key=len))

print("-- key and default")
print(max([-5, 3, -1], key=abs), min([-5, 3, -1], key=abs), max(["a", "B", "c"], key=str), min(3, -4, key=abs))
print(min([], default="empty"), max([], default=None), min([2, 1], default=0), max((), key=len, default=-1))


def negate(x):
    return -x


print(max([1, 2, 3], key=negate), min([1, 2, 3], key=negate), max(1, 2, 3, key=negate))
print(max([1, 2, 3], key=lambda x: x % 3), min([], key=negate, default="d"))
nan = float("nan")
print(min([nan, 1]), max([nan, 1]), min([1, nan]), max([1, nan]), min(1, nan), max(nan, 5, 3))

print("-- min and max errors")
check(lambda: min())
check(lambda: max())
check(lambda: min([]))
check(lambda: max(()))
check(lambda: min(5))
check(lambda: max(1, 2, default=3))
check(lambda: min([1], foo=2))
check(lambda: max([1], key=len, default=1, x=2))
check(lambda: max(1, "a"))
check(lambda: min([[1], (1,)]))
check(lambda: max(1, 2, key=3))
check(lambda: min(["a", 1], key=len))
check(lambda: max(iterable=[1]))
check(lambda: min(key=len))

print("-- sum")
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10), sum([], 5))
print(sum([1.5, 2, 3]), sum([True, True, False]), sum([0.1] * 10), sum([1, 2.0]), sum([10 ** 20, 1, -(10 ** 20)]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1], start=5), sum([-0.0]), sum([-0.0], -0.0))
print(sum({1: "a", 2: "b"}), sum(iter([4, 5])), sum([0.5, 0.25], start=1), sum([2 ** 62, 2 ** 62]))
check(lambda: sum())
check(lambda: sum(["a", "b"]))
check(lambda: sum(["a"], "b"))
check(lambda: sum([1], start="a"))
check(lambda: sum([], ""))
check(lambda: sum([1, "a"]))
check(lambda: sum([[1]]))
check(lambda: sum(5))
check(lambda: sum([1], 2, 3))
check(lambda: sum([1], 2, start=3))
check(lambda: sum(iterable=[1]))
check(lambda: sum([1], foo=2))

print("-- any and all")
print(any([]), all([]), any([0, 0.0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(iter([False, [1]])), all([x > 0 for x in [1, 2]]))
print(any([[]]), all([[]]), any(range(0)), all(range(1, 5)), any([nan]), all([0.0]))
calls = []


def truthy(x):
    calls.append(x)
    return x


print(any(map(truthy, [0, 2, 3])), calls)
calls = []
print(all(map(truthy, [1, 0, 3])), calls)
check(lambda: any())
check(lambda: all(1))
check(lambda: any([], []))
check(lambda: all(x=[]))
