# Every list method except sort (see sort.py), with their edge cases.

print("-- append")
a = []
print(a.append(1), a)
a.append("x")
a.append(None)
a.append(a[:])
print(a, len(a))
b = [1]
b.append(b)
print(b)

print("-- extend")
a = [1, 2]
print(a.extend([3, 4]), a)
a.extend((5,))
a.extend("ab")
a.extend(range(2))
a.extend({"k": 1, "j": 2})
a.extend([])
print(a)
a = [1, 2]
a.extend(a)
print(a)
a.extend(iter([9, 8]))
print(a)
a.extend({"x": 1}.values())
print(a)

print("-- insert")
a = [1, 2, 3]
print(a.insert(0, "first"), a)
a.insert(2, "mid")
a.insert(len(a), "last")
a.insert(100, "far")
a.insert(-1, "before far")
a.insert(-100, "very first")
print(a)
e = []
e.insert(-5, 1)
e.insert(5, 2)
print(e)
e.insert(True, "at one")
print(e)

print("-- remove")
a = [1, 2, 3, 2, 1]
print(a.remove(2), a)
a.remove(2)
print(a)
a.remove(1.0)
print(a)
a = [[1], (2,), "3"]
a.remove((2,))
a.remove([1])
print(a)
nan = float("nan")
a = [1, nan, 2]
a.remove(nan)
print(a)
a = [0, False, 0.0]
a.remove(False)
print(a)

print("-- pop")
a = [1, 2, 3, 4, 5, 6, 7]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
print(a.pop(1), a)
print(a.pop(False), a)
print(a.pop(-1), a)
a = ["only"]
print(a.pop(-1), a)

print("-- clear")
a = [1, 2, 3]
c = a
print(a.clear(), a, c, len(a))
a.clear()
print(a)
a.append(1)
print(a, c)

print("-- index")
a = ["a", "b", "c", "b", "a"]
print(a.index("a"), a.index("b"), a.index("c"))
print(a.index("a", 1), a.index("b", 2), a.index("b", -2))
print(a.index("b", 0, 2), a.index("a", -1), a.index("a", -100))
print(a.index("a", 4, 100), a.index("b", 1, -3), a.index("c", True))
print([1, 2.0, 3].index(2), [1, 2, 3].index(3.0), [0, False].index(False))
print([[1, 2], (1, 2)].index((1, 2)), [nan].index(nan))

print("-- count")
a = [1, 2, 1, 1.0, True, "1", [1], (1,)]
print(a.count(1), a.count(2), a.count("1"), a.count([1]), a.count((1,)), a.count(None))
print([].count(0), [nan, nan].count(nan), [[]] * 3 == [[], [], []], ([[]] * 3).count([]))

print("-- reverse")
a = [1, 2, 3, 4]
print(a.reverse(), a)
a = [1, 2, 3]
a.reverse()
print(a)
a = []
a.reverse()
print(a)
a = ["x"]
a.reverse()
print(a)

print("-- copy")
a = [1, [2, 3]]
c = a.copy()
print(c, c == a, c is a, c[1] is a[1])
c.append(4)
c[1].append(5)
print(a, c)
print([].copy(), [].copy() is [].copy())

print("-- methods as values")
a = [3, 1, 2]
push = a.append
push(4)
push(5)
print(a)
pop = a.pop
print(pop(), pop(0), a)
counts = [1, 1, 2].count
print(counts(1), counts(2), counts(3))
