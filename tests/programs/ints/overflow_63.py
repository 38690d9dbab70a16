MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX, MIN)
print(MAX + 1, MIN - 1)
print(MAX + MAX, MIN + MIN)
print(MAX * MAX)
print(MIN * MIN)
print(MIN * -1, -MIN)
print(MAX - MIN)
print(MIN - MAX)
print(abs(MIN))
print(MIN // -1)
print(MAX + 1 - 1 == MAX)
print((MAX + 1) // 2 == 2 ** 62)
acc = MAX - 5
for i in range(10):
    acc += 1
    print(acc)
acc = MIN + 3
for i in range(6):
    acc -= 1
    print(acc)
n = 1
steps = 0
while n <= MAX:
    n = n * 3
    steps += 1
print(steps, n)
u64 = 18446744073709551615
print(u64, u64 + 1, u64 * 2, u64 * u64)
print(u64 // MAX, u64 % MAX)
h = 0
for c in "overflow":
    h = h * 31 + len(str(c)) * 1000003
print(h)
h2 = 1469598103934665603
for i in range(5):
    h2 = h2 * 1099511628211
print(h2)
print(h2 % 18446744073709551616)
