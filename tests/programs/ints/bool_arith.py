print(True + True, True * 5, False * 5, True - False)
print(True + 1.5, -True, +True, -False)
print(True // 1, True % 2, True / 2, 2 ** True)
print(True == 1, False == 0, True is True)
print(str(True), repr(False), str(True + 0))
print(True and 3, False or 0.0, not True)
total = 0
for v in [True, False, True, True]:
    total += v
print(total)
count = 0
for i in range(20):
    count += i % 3 == 0
print(count)
print(1 < 2 == True, (1 < 2) == True)
print([True, False] == [1, 0], {True: "t"}[1])
print(abs(True), abs(-True), len(str(False)))
print(int("1") == True, True + True + True == 3)
b = True
b += 1
print(b)
flags = [False, True]
print(flags[True], flags[False], flags[-True])
print((10, 20)[True], "ab"[False])
