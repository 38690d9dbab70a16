# Unpacking assignment: tuples, lists, nesting, starred targets, strings, ranges.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
one, *empty, two = (1, 2)
print(one, empty, two)
for i, (k, v) in [(0, ("a", 1)), (1, ("b", 2))]:
    print(i, k, v)
d = {"x": 10, "y": 20}
for kv in [("x", 10), ("y", 20)]:
    key, value = kv
    print(key, value, d[key] == value)
m = n = 5
print(m, n)
lst = [0, 0, 0]
lst[0], lst[2] = "left", "right"
print(lst)


def swap_pairs(pairs):
    out = []
    for a, b in pairs:
        out = out + [(b, a)]
    return out


print(swap_pairs([(1, 2), (3, 4)]))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
