# Comparisons are subset tests; membership, length, truth, repr and str; frozensets are
# hashable (3.8's frozenset hash decides their order in a set and equal ones are one key) and
# `frozenset()` is one object.


def make(n, start, stride):
    s = set()
    i = 0
    while i < n:
        s.add(start + i * stride)
        i = i + 1
    return s


sets = [set(), make(1, 0, 1), make(3, 0, 1), make(3, 1, 1), make(5, 0, 1), frozenset(make(3, 0, 1)), frozenset(), make(3, 0, 1.0)]
for a in sets:
    row = []
    for b in sets:
        row = row + [(a < b, a <= b, a == b, a != b, a > b, a >= b)]
    print(a, row)
for a in sets:
    print(a.issubset(make(6, 0, 1)), a.issubset([0, 1, 2, 2]), a.issuperset([1]), a.issuperset(range(3)), a.isdisjoint([4, 5]), a.isdisjoint(set([2])), a.isdisjoint(frozenset()), a.isdisjoint(a))

# Other types: == and != are identity-based, the orderings are errors (see compare_error.py).
s = make(3, 0, 1)
print(s == [0, 1, 2], s != [0, 1, 2], s == {0: 1, 1: 1, 2: 1}, s == 3, s == "abc", [0, 1, 2] == s)

# Membership, length and truth.
print(0 in s, 3 in s, 1.0 in s, True in s, "0" in s, 5 not in s, (0,) in s)
print(len(set()), len(s), len(frozenset("abcabc")), bool(set()), bool(s), not set(), not s, bool(frozenset()))
if s:
    print("non-empty is true")
if not set():
    print("empty is false")
n = 0
for x in make(30, 0, 3):
    if x > 40:
        break
    n = n + x
print(n, list(s), tuple(frozenset("ab")), list(set()))

# A set looked up in a set stands for the frozenset of its elements.
fs = set([frozenset([1, 2]), frozenset(), 3])
print(set([1, 2]) in fs, set() in fs, set([1]) in fs, frozenset([2, 1]) in fs)
fs.remove(set([2, 1]))
fs.discard(set())
fs.discard(set([9]))
print(fs)

# repr and str of sets, frozensets and their nesting.
print(repr(set()), repr(frozenset()), str(set([1])), str(frozenset([1])), repr(set(["a", "b'", 'c"'])))
print(set([frozenset([frozenset([1, 2]), 3]), frozenset(["x"])]), [set([1]), frozenset([2])], (set(),), {1: set([2])})

# frozenset hashes: equal frozensets are one element, whatever their history.
a = frozenset(make(20, 0, 7))
b = make(40, 0, 7)
i = 20
while i < 40:
    b.discard(i * 7)
    i = i + 1
b = frozenset(b)
print(a == b, len(set([a, b])), len(set([a, b, frozenset(list(a)), frozenset(a)])))
print(set([frozenset([1.0, 2.0]), frozenset([1, 2]), frozenset([True, 2])]))
groups = set()
i = 0
while i < 60:
    groups.add(frozenset(range(i % 7, i % 11)))
    groups.add(frozenset([str(i % 5), i % 3]))
    i = i + 1
print(len(groups), groups)
d = {}
d[frozenset([1, 2])] = "a"
d[frozenset([2, 1])] = "b"
d[frozenset()] = "c"
print(d)

# frozenset() is one object; frozenset(frozenset) is the same object; copies of sets are new.
e = frozenset()
print(frozenset() is e, frozenset([]) is e, frozenset(set()) is e, frozenset("") is e)
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, f.union() is f, set(f) is f)
s = set([1, 2])
print(s.copy() is s, s.copy() == s, set(s) is s)
