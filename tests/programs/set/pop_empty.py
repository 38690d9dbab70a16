# pop() empties the set, then raises KeyError.
s = set([1, 2, 3])
while s:
    print(s.pop())
s.pop()
