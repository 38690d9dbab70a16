a = [1, 2, 3]
print(a)
print(a[0], a[1], a[2])
print(a[-1], a[-2], a[-3])
a[0] = 10
a[-1] = 30
print(a)
b = a + [4, 5]
print(b)
print(len(b))
print([0] * 5)
print([1, 2] * 3)
print([] * 10)
print(3 * ["x"])
c = [[1, 2], [3, 4]]
c[1][0] = 99
print(c)
print(c[-1][-1])
d = a
d[1] = "shared"
print(a)
print(d is a)
e = a + []
print(e is a, e == a)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9, 9])
print(2 in [1, 2, 3], 5 in [1, 2, 3], 5 not in [1, 2, 3])
print([] == [], [[]] == [[]])
mixed = [1, "two", 3.0, None, True, [5], (6,), {"k": 7}]
print(mixed)
print(len(mixed))
for item in mixed:
    print(repr(item))
lst = [0] * 6
for i in range(6):
    lst[i] = i * i
print(lst)
acc = []
for i in range(4):
    acc = acc + [i]
print(acc)
acc += [9]
print(acc)
acc *= 2
print(acc)
nested = [1, [2, [3, [4, []]]]]
print(nested)
print(nested[1][1][1][0])
