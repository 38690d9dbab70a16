def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def lcm(a, b):
    return a // gcd(a, b) * b


for m in range(3):
    for n in range(4):
        print("ack(", m, ",", n, ") =", ack(m, n))
print(ack(2, 3))
print(ack(3, 3))

print(gcd(12, 18))
print(gcd(18, 12))
print(gcd(17, 5))
print(gcd(0, 7))
print(gcd(7, 0))
print(gcd(1071, 462))
print(gcd(2 ** 64, 2 ** 40 * 3))
print(gcd(12345678901234567890, 9876543210))
print(lcm(4, 6))
print(lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20 =", l)


def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b


print(power(2, 10), power(3, 40), power(7, 77))
print(power(2, 100) == 2 ** 100)
