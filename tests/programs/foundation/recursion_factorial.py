def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


for n in range(0, 13):
    print(n, fact(n))

print(fact(20))
print(fact(21))
print(fact(25))
print(fact(30))
print(fact(50))
print(fact(100))
print(fact_iter(100) == fact(100))
print(len(str(fact(100))))
print(fact(100) // fact(98))
print(fact(30) % 1000000007)
print(-fact(22))


def count_trailing_zeros(n):
    c = 0
    while n % 10 == 0:
        n = n // 10
        c += 1
    return c


print(count_trailing_zeros(fact(25)))
print(count_trailing_zeros(fact(100)))
