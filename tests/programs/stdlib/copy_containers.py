# Shallow and deep copies of the builtin containers.
import copy

nested = [1, [2, 3], {"a": [4, 5]}, (6, [7]), {8, 9}, frozenset({10})]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["a"] is nested[2]["a"])
print(deep[3] is nested[3], deep[3][1] is nested[3][1], deep[4] is nested[4])
print(deep[5] is nested[5])
nested[1].append(99)
print(shallow[1], deep[1])

d = {"x": [1], "y": {"z": (1, 2)}}
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d["x"].append(2)
print(d2["x"], d3["x"], d3["y"]["z"] is d["y"]["z"])

# Immutable values are their own copies, even deep ones made only of immutables.
for value in [None, 1, 2 ** 100, 1.5, 2j, True, "text", b"bytes", (1, "a"), frozenset({1}),
              range(3), Ellipsis, NotImplemented, len, copy.copy, int]:
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)

t = ([1],)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
s = slice(1, [2], 3)
s2 = copy.deepcopy(s)
print(copy.copy(s) is s, (s2.start, s2.stop, s2.step), s2 is s)
print(copy.deepcopy(s).stop is s.stop)

for value in [set([3, 1, 2]), bytearray(b"abc"), [1, 2], {1: 2}]:
    c = copy.copy(value)
    print(type(c).__name__, c == value, c is value)

b = bytearray(b"\x00\xff")
print(copy.deepcopy(b), copy.deepcopy(b) is b)
fs = frozenset([(1, 2), (3, 4)])
print(sorted(copy.deepcopy(fs)), copy.deepcopy(fs) is fs)
print(copy.deepcopy(range(1, 10, 2)), copy.copy(range(5)))

# Shared parts stay shared in a deep copy.
shared = [1, 2]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)

# The memo can be passed in and is filled.
memo = {}
inner = [1]
outer = [inner]
c = copy.deepcopy(outer, memo)
print(memo[id(inner)] is c[0], memo[id(outer)] is c)
print(copy.deepcopy(inner, memo) is c[0])

print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
