print(7.5 // 2)
print(-7.5 // 2)
print(7.5 // -2)
print(-7.5 // -2)
print(7.5 % 2)
print(-7.5 % 2)
print(7.5 % -2)
print(-7.5 % -2)
print(7 // 2.0)
print(-7 // 2.0)
print(7 % 2.5)
print(-7 % 2.5)
print(0.0 % -1)
print(-0.0 % 1)
print(-1e-20 % 1)
print(5.0 // 0.1)
print(5.0 % 0.1)
print(1 + 2.0)
print(3 * 1.5)
print(10 - 0.5)
print(2 ** -1)
print(2.0 ** 3)
print(4 ** 0.5)
print((-8.0) ** 3)
print(-2.5 * -2)
print(+1.5, -(-1.5))
x = 1.0
for i in range(10):
    x = x / 2
print(x)
y = 0.0
for i in range(10):
    y += 0.1
print(y)
print(y == 1.0)
print(1e16 + 1)
print(1e16 + 2)
print(2 ** 53 + 1.0)
z = 10.0
z //= 3
print(z)
z %= 2
print(z)
z -= 0.25
print(z)
z *= -4
print(z)
z /= 3
print(z)
z **= 2
print(z)
print(int(-3.99), int(3.99), int(-0.5), int(1e20))
