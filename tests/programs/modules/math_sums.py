# fsum (exactly rounded), prod, and sums that plain addition gets wrong.
import math


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


seed = 2024


def random():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648


print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([1e-16, 1.0, 1e16]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([0.0, -0.0]), math.fsum(range(10)), math.fsum((1, 2.5, True)))
print(math.fsum([1.0, 1e-100, -1.0]), math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1e308, 1e308, -1e308]) if False else "skip", math.fsum([1.7e308, -1.7e308, 1e308]))
print(attempt(math.fsum, [1e308, 1e308]), attempt(math.fsum, [float("inf"), float("-inf")]))
print(attempt(math.fsum, [float("inf"), 1.0, float("inf")]), attempt(math.fsum, [float("nan"), 1.0]))
print(attempt(math.fsum, [float("-inf"), 1e308, 1e308]), attempt(math.fsum, ["a"]), attempt(math.fsum, 5))

trial = 0
while trial < 200:
    values = []
    count = int(random() * 30)
    i = 0
    while i < count:
        magnitude = 2.0 ** int(random() * 100 - 60)
        values = values + [(random() - 0.5) * magnitude]
        i = i + 1
    mirrored = values + []
    j = 0
    while j < len(values):
        mirrored = mirrored + [-values[j] / 3]
        j = j + 1
    print("fsum", trial, len(values), math.fsum(values), math.fsum(mirrored))
    trial = trial + 1

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 4]), math.prod([2, 3], start=0.5), math.prod((True, 7)), math.prod([10 ** 20, 10 ** 20]))
print(math.prod([[1, 2]], start=2), math.prod(["ab"], start=3), math.prod((3, 5)))
print(attempt(math.prod), attempt(math.prod, [1], [2]), attempt(math.prod, [1], begin=2))
print(attempt(math.prod, iterable=[2, 3]), attempt(math.prod, 5), attempt(math.prod, ["a", "b"]))
