# frozenset has no mutating methods.
f = frozenset([1, 2])
print(f.union([3]), f.copy() is f)
f.add(3)
