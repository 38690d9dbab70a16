# groupby and its _grouper objects: keys, laziness, and groups invalidated by advancing.
import itertools
from itertools import groupby


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def noisy(items, name="src"):
    for x in items:
        print("  pull", name, repr(x))
        yield x
    print("  end of", name)


print("-- groups")
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])], list(groupby([])))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, "".join(g)) for k, g in groupby("AbcDEf", lambda c: c.isupper())])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2], None)])
print([k for k, g in groupby(sorted("mississippi"))], [len(list(g)) for k, g in groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in groupby(iterable=[("a", 1), ("a", 2), ("b", 3)], key=lambda p: p[0])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
g = groupby("xy")
print(type(g).__name__, iter(g) is g)
key, grouper = next(g)
print(key, type(grouper).__name__, iter(grouper) is grouper, type(grouper) is itertools._grouper)

print("-- laziness")
gb = groupby(noisy([1, 1, 2, 2, 3]))
print("made")
k1, g1 = next(gb)
print("first key", k1)
print(next(g1))
print(next(g1))
print("second group")
k2, g2 = next(gb)
print(k2, list(g2))
print(list(g2))

print("-- advancing invalidates the previous group")
gb = groupby("aaabbb")
ka, ga = next(gb)
kb, gb_group = next(gb)
print(ka, list(ga), kb, list(gb_group))
gb = groupby([1, 1, 1, 2, 2])
k, first = next(gb)
print(k, next(first))
k, second = next(gb)
print(k, list(first), list(second))
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
gb = groupby("aab")
k, g = next(gb)
print(list(g), list(g), next(gb)[0])
orphan = next(groupby("qqr"))[1]
print(list(orphan), list(orphan))
check(lambda: next(gb))

print("-- keys compared with ==")
calls = []


def key(x):
    calls.append(x)
    return x % 3


print([(k, list(g)) for k, g in groupby([3, 6, 1, 4, 2], key)], calls)


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v

    def __repr__(self):
        return "L%d" % self.v


print([(k, list(g)) for k, g in groupby([Loud(1), Loud(1), Loud(2)])])

print("-- errors")
check(lambda: groupby())
check(lambda: groupby(1))
check(lambda: groupby([], None, 3))
check(lambda: groupby([], x=None))
check(lambda: groupby([], iterable=[]))
check(lambda: list(groupby([1, 2], key=5)))
bad = groupby([1, "a"], key=lambda x: x + 1)
print(next(bad)[0])
check(lambda: next(bad))
check(lambda: itertools._grouper())
check(lambda: itertools._grouper(1, 2))
check(lambda: itertools._grouper(parent=1, tgtkey=2))
gb = groupby("zz")
print(list(itertools._grouper(gb, "z")), list(gb))
