# add() of a set: sets are unhashable (frozensets are not).
s = set([frozenset([1])])
s.add(frozenset([2]))
print(s)
s.add(set([3]))
