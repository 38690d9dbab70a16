"""Recursive Fibonacci: the first program pylift compiles, and a measure of call speed.

Argument: [N], the last Fibonacci number computed.
"""
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(10):
    print("fib(" + str(i) + ") =", fib(i))
print("fib(" + str(N) + ") =", fib(N))
