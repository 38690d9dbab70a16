# sys.getsizeof for the common builtin types, as CPython 3.8 reports them on 64-bit Linux.
import sys

g = sys.getsizeof
for v in [0, 1, -1, 2 ** 30 - 1, 2 ** 30, -2 ** 30, 2 ** 60, 2 ** 62, 2 ** 63, 10 ** 100, -10 ** 100, True, False]:
    print("int", v, g(v))
for v in [0.0, 1.5, -1e300, float("inf")]:
    print("float", v, g(v))
for v in ["", "a", "abc", "hello world", "é", "éa", "ÿÿÿ", "€", "a€", "😀", "a😀b", "a" * 100]:
    print("str", repr(v), g(v))
print("str", g("x" * 1000), g("é" * 1000), g("€" * 1000))
for v in [(), (1,), (1, 2, 3), ("a", "b"), tuple(range(100))]:
    print("tuple", len(v), g(v))
for v in [[], [1], [1, 2, 3], [None] * 10, list(range(50)), [1, 2] + [3], [[], []]]:
    print("list", len(v), g(v))
grown = []
i = 0
while i < 20:
    grown += [i]
    i = i + 1
print("appended list", g([]), g(grown[:4]), g(grown))
for v in [{}, {1: 2}, {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}]:
    print("dict", len(v), g(v))
d = {}
i = 0
while i < 25:
    d[i] = i
    print("dict", len(d), g(d))
    i = i + 1
print("None", g(None), "range", g(range(10)), "slice", g(slice(1, 2)), "builtin", g(len))
print(g(1, 5), g("x", "default"), g(object=2.5))
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
