def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_seq(n):
    s = str(n)
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        s = s + " " + str(n)
    return s


print(collatz_seq(6))
print(collatz_seq(7))
print(collatz_seq(1))
for i in range(1, 21):
    print(i, collatz_len(i))
best = 0
best_n = 0
for i in range(1, 10000):
    l = collatz_len(i)
    if l > best:
        best = l
        best_n = i
print("longest below 10000:", best_n, best)
print(collatz_len(27))
print(collatz_len(2 ** 100))
print(collatz_len(2 ** 70 + 1))


def peak(n):
    m = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        if n > m:
            m = n
    return m


print(peak(27), peak(703), peak(77031))
