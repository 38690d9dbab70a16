# union, intersection, difference and symmetric_difference as operators and methods: each
# builds its result in its own order (copy then add, walk the smaller set, filter or copy and
# remove, copy the other then toggle), with set, frozenset, list, dict, str and range operands.


def make(n, start, stride):
    s = set()
    i = 0
    while i < n:
        s.add(start + i * stride)
        i = i + 1
    return s


def show(label, result):
    print(label, result, len(result))


pairs = [
    (make(10, 0, 1), make(10, 5, 1)),
    (make(3, 0, 8), make(40, 0, 4)),
    (make(40, 0, 4), make(3, 0, 8)),
    (make(50, -20, 3), make(5, -20, 3)),
    (make(20, 0, 2 ** 33), make(20, 2 ** 34, 2 ** 33)),
    (make(8, 1, 16), make(8, 1, 16)),
    (set(), make(5, 0, 1)),
    (make(5, 0, 1), set()),
]
for pair in pairs:
    a = pair[0]
    b = pair[1]
    fa = frozenset(a)
    fb = frozenset(b)
    show("|", a | b)
    show("&", a & b)
    show("-", a - b)
    show("^", a ^ b)
    show("f|", fa | b)
    show("f&", fa & fb)
    show("f-", fa - b)
    show("f^", fa ^ b)
    show("|f", a | fb)
    show("&f", a & fb)
    show("b-a", b - a)
    show("b^a", b ^ a)
    show("union", a.union(b))
    show("union list", a.union(list(b)))
    show("intersection list", a.intersection(list(b)))
    show("difference list", a.difference(list(b)))
    show("symmetric_difference list", a.symmetric_difference(list(b)))
    show("frozenset union list", fa.union(list(b)))

# Equal elements of different types: intersection keeps the walked set's elements.
a = set([1, 2, 3])
b = set([1.0, 2.0, 5.0])
print(a & b, b & a, a.intersection([2.0, 3.0]), a | b, b | a, a ^ b, b ^ a)
c = set([1.0, 2.0, 3.0, 4.0])
print(a & c, c & a, a - c, c - a)

# Several arguments; no argument is a copy.
a = make(30, 0, 3)
print(a.union([1, 2], make(10, 100, 1), "ab", (7, 8)))
print(a.intersection(make(40, 0, 2), range(0, 90, 5)))
print(a.intersection(make(40, 0, 2), range(0, 90, 5), []))
print(a.difference([0, 3], make(5, 30, 3), range(60, 90)))
print(a.union(), a.intersection(), a.difference(), a.union() is a)

# dict operands: difference consults the dict, update walks its keys in order.
d = {9: "x", 0: "y", 300: "z", 6: "w"}
print(a.difference(d), a.union(d), a.intersection(d), a.symmetric_difference(d))
print(make(30, 0, 3).difference({}), make(4, 0, 3).difference(d))

# Operands that are the same object.
a = make(12, 0, 5)
print(a | a, a & a, a - a, a ^ a, a.union(a, a), a.intersection(a), a.difference(a), a.symmetric_difference(a))

# Result types follow the left operand.
s = set([1, 2])
f = frozenset([2, 3])
print(s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s)
print(f.union(s), f.intersection(s), f.difference(s), f.symmetric_difference(s), f.copy())

# Large against small, both ways, with removals in between.
big = make(300, 0, 7)
small = make(20, 0, 49)
i = 0
while i < 300:
    if i % 4 == 0:
        big.discard(i * 7)
    i = i + 1
print(big & small)
print(small & big)
print(small - big)
print(big - small)
print(small ^ big)
print(big ^ small)
print(small | big)
