# An element must be hashable: a list inside set() is a TypeError.


def collect(items):
    return set(items)


print(collect([1, (2, 3), "x", frozenset([4])]))
print(collect([1, [2, 3]]))
