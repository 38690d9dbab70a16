print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(3 ** 3, (-3) ** 3, -3 ** 2, (-3) ** 2)
print(2 ** 62, 2 ** 63, 2 ** 64, 2 ** 65)
print(2 ** 100)
print(3 ** 50)
print(10 ** 25)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -3, 4 ** -0.5)
print(2 ** 0.5, 9 ** 0.5)
print(2.0 ** 10, 2.0 ** -10, 10.0 ** 20)
print(0 ** 5, 0.0 ** 0)
print((-1) ** 101, (-1) ** 100)
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)
print(-2 ** 2)
print(2 ** -2 ** 2)
e = 2
e **= 10
print(e)
e **= 3
print(e)
f = 10
f **= -2
print(f)
print(7 ** 77)
print(len(str(9 ** 99)))
total = 0
for k in range(10):
    total += 2 ** k
print(total, 2 ** 10 - 1)
print(10 ** 16 + 1, 10.0 ** 16 + 1)
print(1.5 ** 2, 0.5 ** 10, 1e10 ** 2)
print((-8) ** 2, -8 ** 2)
print(2 ** 1000 > 10 ** 300)
