# islice: every argument form, how much of the source it consumes, and its ValueErrors.
from itertools import islice, count


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def noisy(items, name="src"):
    for x in items:
        print("  pull", name, repr(x))
        yield x
    print("  end of", name)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


text = "abcdefghij"
print("-- forms")
print(list(islice(text, 3)), list(islice(text, 0)), list(islice(text, 20)), list(islice(text, None)))
print(list(islice(text, 2, 5)), list(islice(text, 2, None)), list(islice(text, None, 4)), list(islice(text, 5, 2)))
print(list(islice(text, 1, 9, 3)), list(islice(text, None, None, 4)), list(islice(text, 0, None, 1)))
print(list(islice(text, 1, None, 2)), list(islice(text, 3, 4, 10)), list(islice([], 1, 5)))
print(list(islice(text, True)), list(islice(text, Index(2), Index(6), Index(2))), list(islice(range(100), 95, 2 ** 62)))
print(list(islice(count(), 5, 50, 10)), list(islice(count(10), 3, 8, 2 ** 62)))
print(list(islice(text, None, None, None)), type(islice(text, 1)).__name__)

print("-- consumption")
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
s = islice(noisy("abcdef"), 1, 5, 2)
print("made")
print(next(s))
print(next(s))
print(list(s), list(s))
s = islice(noisy([1, 2]), 5)
print(list(s))
print(list(s))
print(list(islice(noisy("xyz"), 0, 2)))

print("-- errors")
check(lambda: islice([]))
check(lambda: islice([], 1, 2, 3, 4))
check(lambda: islice([], stop=1))
check(lambda: islice(1, 2))
check(lambda: islice([], -1))
check(lambda: islice([], -2))
check(lambda: islice([], "a"))
check(lambda: islice([], 1.0))
check(lambda: islice([], 2 ** 100))
check(lambda: islice([], -2 ** 100))
check(lambda: islice([], 0, -1))
check(lambda: islice([], -1, 2))
check(lambda: islice([], "a", 2))
check(lambda: islice([], 2 ** 64, 2))
check(lambda: islice([], 1, "a"))
check(lambda: islice([], 0, 2, 0))
check(lambda: islice([], 0, 2, -1))
check(lambda: islice([], 0, 2, "a"))
check(lambda: islice([], 0, 2, 2 ** 100))
check(lambda: islice([], 0, 2, 1.5))
check(lambda: islice([], Index(-1)))
check(lambda: list(islice(text, 1, 2 ** 70, 2)))


def failing():
    yield 1
    raise KeyError("boom")


f = islice(failing(), 5)
print(next(f))
check(lambda: next(f))
print(next(f, "exhausted"))
