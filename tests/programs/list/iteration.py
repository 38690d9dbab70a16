# Iterating over lists that change, reversed(), containment, comparisons and repr.

print("-- a for loop sees appends and removals")
a = [1, 2, 3]
for x in a:
    if x < 6:
        a.append(x + 3)
print(a)
a = [1, 2, 3, 4, 5, 6]
for x in a:
    a.remove(x)
print(a)
a = [0, 1, 2]
it = iter(a)
print(next(it))
a.clear()
print(next(it, "exhausted"))
a.append(9)
print(next(it, "still exhausted?"))

print("-- reversed")
a = [1, 2, 3]
r = reversed(a)
print(next(r))
a.append(4)
print(list(r))
a = [1, 2, 3, 4]
r = reversed(a)
print(next(r))
del a[1:]
print(next(r, "stopped"))
a.extend([5, 6, 7])
print(next(r, "stays stopped"))
print(list(reversed([])), list(reversed([1])), list(reversed([[1], [2]])))
r = reversed([1, 2])
print(iter(r) is r, list(r), list(r))

print("-- containment")
nan = float("nan")
a = [1, "two", (3,), [4], nan, None]
print(1 in a, 1.0 in a, True in a, "two" in a, (3,) in a, [4] in a, nan in a, None in a)
print(2 in a, float("nan") in a, [] in a, "t" in a, 2 not in a, [4] not in a)
print([] in [[]], [[]] in [[[]]], 0 in [False], False in [0.0])

print("-- comparisons")
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == [2, 1], [] == [], [1] == [1, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0])
print([nan] == [nan], [float("nan")] == [float("nan")], [1] == (1,), [1] != (1,))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]], [1.0, 2] == [1, 2.0])
print(["a"] < ["b"], ["a", 1] < ["a", 2], [[1]] < [[1, 0]])

print("-- repr")
a = [1, "x", 2.5, None, True, (1,), [], {}]
print(a, repr(a), str(a))
a = [1]
a.append(a)
a.append([a])
print(a, len(a))
b = [a, a]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
t = ([],)
t[0].append(t)
print(t)
print([[[]]], [["'"]], ['"', "'"])

print("-- an exhausted iterator stays exhausted")
a = [1, 2]
it = iter(a)
print(list(it))
a.append(3)
print(list(it), next(it, "done"))
t = (1, 2)
it = iter(t)
print(next(it), next(it), next(it, "end"), next(it, "end"))
