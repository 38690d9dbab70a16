print(len(""))
print(len("a"))
print(len("hello world"))
print(len("tab\tnewline\n"))
print(len("\\"))
print(len([]))
print(len([1, 2, 3]))
print(len([[1, 2, 3]]))
print(len(()))
print(len((1,)))
print(len((1, 2, (3, 4))))
print(len({}))
print(len({"a": 1, "b": 2}))
print(len({1: 1, 1.0: 2, True: 3}))
print(len(range(10)))
print(len(range(0)))
print(len(range(5, 10)))
print(len(range(10, 5)))
print(len(range(0, 10, 3)))
print(len(range(10, 0, -1)))
print(len(range(10, 0, -3)))
print(len(range(-5, 5)))
print(len(range(0, 2 ** 40, 7)))
print(len("x" * 1000))
print(len([0] * 37))
print(len(str(2 ** 64)))
s = "abc"
print(len(s + s), len(s * 0))
n = 0
for c in "counting":
    n += 1
print(n == len("counting"))
lst = [1, 2]
lst = lst + lst
lst = lst + lst
print(len(lst))
