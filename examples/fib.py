"""Recursive Fibonacci: the first program pylift compiles, and a measure of call speed."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(10):
    print("fib(" + str(i) + ") =", fib(i))
print("fib(30) =", fib(30))
