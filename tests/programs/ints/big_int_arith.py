a = 2 ** 63
b = 2 ** 64
print(a, b)
print(a - 1, a + 1, b - 1, b + 1)
print(-a, -a - 1, -b)
print(a * a)
print(b * b * b)
print(a + b)
print(b - a)
print(a * 2 == b)
print(b // a, b % a, b // 3, b % 3)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(18446744073709551615 + 1)
print(4611686018427387904 * 4)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
x = 1
for i in range(70):
    x = x * 2
print(x)
for i in range(70):
    x = x // 2
print(x)
y = 12345678901234567890123456789
z = 98765432109876543210987654321
print(y + z)
print(z - y)
print(y - z)
print(y * z)
print(z // y, z % y)
print(y * y * y * y)
print(-y * z)
m = 1
for i in range(1, 40):
    m *= i
print(m)
print(m // (2 ** 30))
big = 10 ** 30
print(big + 1, big - 1, -big)
print(big // 7, big % 7)
print(big * big == 10 ** 60)
print(a > 9223372036854775807, a >= b, b > a, -b < -a)
print(a == 9223372036854775808, b != b + 0)
