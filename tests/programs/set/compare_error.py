# Ordering a set against another type is a TypeError (equality is not).
s = set([1, 2])
print(s == [1, 2], s <= frozenset([1, 2, 3]))
print(s < [1, 2, 3])
