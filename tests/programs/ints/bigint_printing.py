print(123456789012345678901234567890123456789012345678901234567890)
print(-98765432109876543210987654321098765432109876543210)
print(100000000000000000000000000000000000000)
print(10 ** 50)
print(10 ** 50 - 1)
print(-(10 ** 50))
print(2 ** 200)
print(2 ** 256 - 1)
print(3 ** 200)
print(str(2 ** 128), repr(2 ** 128))
print([2 ** 65, (2 ** 66,), {2 ** 67: -2 ** 68}])
print(len(str(2 ** 10000)))
print(str(2 ** 333)[0], str(2 ** 333)[-1])
x = 1
for i in range(30):
    x = x * 10 + (i % 10)
print(x)
print(x % 1000, x // 10 ** 25)
print(0, -0, +0, 000)
print(1_000_000_000_000_000_000_000)
print(0xFF, 0o17, 0b1011, 0xFFFFFFFFFFFFFFFFFFFF)
print(-0x8000000000000000)
n = 10 ** 40
s = ""
while n > 0:
    s = str(n % 1000) + "," + s
    n = n // 1000
print(s)
f = 1
for i in range(1, 60):
    f = f * i
    if i % 10 == 0:
        print(i, f)
