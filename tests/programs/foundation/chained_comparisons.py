a = 1
b = 2
c = 3
print(a < b < c)
print(a < c < b)
print(c > b > a)
print(a == 1 == True)
print(a < b > a)
print(1 <= 1 < 2 <= 2)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 < 2 < 5)
print(0 < 0.5 < 1)
print(1 != 2 != 1)
print(1 == 1.0 == True)
print("a" < "b" < "c")
print("apple" < "banana" < "band")
print("" < "a")
print("Z" < "a")
print([1] < [2] < [3])


def val(x):
    print("  eval", x)
    return x


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(val(1) < val(0) < val(99))
for n in range(-2, 6):
    if 0 < n <= 3:
        print(n, "in (0, 3]")
    elif n <= 0:
        print(n, "non-positive")
    else:
        print(n, "above")
x = 10
print(5 < x < 15, 5 < x > 15, 10 <= x <= 10)
print(a is a is not None)
print(None is None is None)
print(1 in [1, 2] in [[1, 2]])
