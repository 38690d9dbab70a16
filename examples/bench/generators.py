# A generator pipeline: stages of generator functions and generator expressions summing
# millions of items (issue #6's benchmark). Argument: [COUNT] of numbers generated.
import sys

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def scaled(items, factor):
    for x in items:
        yield x * factor


total = sum(y + 1 for y in scaled(evens(numbers(COUNT)), 3))
print(total)
