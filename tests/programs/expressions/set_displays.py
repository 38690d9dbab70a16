s = {10, 5, 1, 8, 16, 0}
print(s, {x % 7 for x in range(20)}, set(), {(1, 2), "a"})
t = s
t |= {99, 3}
print(s is t, s)
t &= {1, 3, 99, 1000}
print(s, frozenset([3, 1]))
