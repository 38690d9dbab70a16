def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        t = a + b
        a = b
        b = t
        i += 1
    return a


for i in range(15):
    print("fib", i, "=", fib(i))

print(fib(20))
print(fib_iter(20))
print(fib_iter(50))
print(fib_iter(90))
print(fib_iter(92))
print(fib_iter(93))
print(fib_iter(100))
print(fib_iter(200))
print(fib(20) == fib_iter(20))
k = 0
while k <= 25:
    if fib(k) != fib_iter(k):
        print("mismatch at", k)
    k += 5
print("checked")
