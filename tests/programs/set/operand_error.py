# Set operators need sets on both sides; methods take any iterable.
s = set([1, 2])
print(s.union([3]), s | frozenset([3]))
print(s | [3])
