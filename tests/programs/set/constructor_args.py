# set() takes at most one iterable.
print(set(), set([1]), set("ab"), frozenset(range(3)))
print(set([1], [2]))
