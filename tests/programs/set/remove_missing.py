# remove() of an absent element raises KeyError with the element; discard() does not.
s = set([(1, 2), (3, 4)])
s.discard((5, 6))
s.remove((1, 2))
print(s)
s.remove((1, 2))
