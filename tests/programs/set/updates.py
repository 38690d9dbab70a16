# The updating methods change the set in place, each in 3.8's way: update merges, the
# intersection update replaces the table with a newly built one, difference_update may shrink,
# symmetric_difference_update toggles in the other operand's order.


def make(n, start, stride):
    s = set()
    i = 0
    while i < n:
        s.add(start + i * stride)
        i = i + 1
    return s


for stride in [1, 4, 64, -9, 2 ** 40]:
    a = make(25, 0, stride)
    alias = a
    a.update(make(10, 3, stride), [stride * 100, 7], "xy")
    print(a, alias is a)
    a.intersection_update(make(30, 0, stride * 2), range(-300, 300))
    print(a)
    a.difference_update(make(4, 0, stride * 4), [2 * stride])
    print(a)
    a.symmetric_difference_update(make(12, 0, stride))
    print(a)
    a.symmetric_difference_update([1, 2, 3, 2, 1])
    print(a)
    a.symmetric_difference_update({5: 0, 6: 0, stride: 0})
    print(a)
    a.intersection_update()
    print(a, alias is a, len(alias))

# Updating with itself.
a = make(10, 0, 3)
a.update(a)
print(a)
a.intersection_update(a)
print(a)
a.symmetric_difference_update(a)
print(a)
a = make(10, 0, 3)
a.difference_update(a)
print(a)

# update from frozensets, dicts (keys), strings and ranges; empty updates.
a = set()
a.update(frozenset([3, 1, 2]))
a.update({"k": 1, "j": 2})
a.update("hello")
a.update(range(5, 9))
a.update()
a.update([], set(), {})
print(a, len(a))

# Growing by update across the resize points, from an empty and a non-empty set.
for n in [4, 5, 6, 10, 20, 40, 100]:
    e = set()
    e.update(make(n, 0, 8))
    f = set([1000])
    f.update(make(n, 0, 8))
    g = make(n, 0, 8)
    g.update(make(n, 4, 8))
    print(n, e, f, g)

# Methods return None.
print(a.update([1]), a.intersection_update([1]), a.difference_update([1]), a.symmetric_difference_update([2]), a.add(3), a.discard(3), a.clear(), a)
