# tee: independent iterators sharing one buffer, copies, tees of tees, and re-entry.
import itertools
from itertools import tee, islice, count


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


print("-- basics")
a, b = tee("abc")
print(type(a).__name__, list(a), list(b), list(a))
a, b, c = tee(range(3), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(len(tee([1])), tee([], 0), type(tee(range(5), 1)[0]).__name__, len(tee("x", 5)))
only, = tee([1, 2], 1)
print(list(only), iter(only) is only, type(only) is itertools._tee)

print("-- each item is read once, when the first tee reaches it")
a, b = tee(noisy([1, 2, 3]))
print("made")
print(next(a), next(a))
print(next(b))
print(list(b))
print(list(a))
x, y = tee(noisy("pq"))
print(list(zip(x, y)))

print("-- long lags")
a, b = tee(count())
print(list(islice(a, 200))[-3:], next(b), list(islice(b, 198, 201)), next(a))
a, b = tee(range(10 ** 6))
for _ in a:
    pass
print(next(b), next(a, "a is done"))
del a, b
a, b = tee(range(1000))
total = sum(a)
print(total, sum(b), next(a, "done"), next(b, "done"))

print("-- copies")
a, b = tee("wxyz")
next(a)
c = a.__copy__()
print(type(c).__name__, next(a), next(c), list(c), list(a), list(b))
a, b = tee([1, 2, 3])
next(a)
a2, a3 = tee(a)
print(a2 is a, list(a3), list(a), list(b))
t = itertools._tee("hey")
print(type(t).__name__, next(t), list(itertools._tee(t)), list(t))


class Copyable:
    def __init__(self, n=0):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def __copy__(self):
        print("  copying at", self.n)
        return Copyable(self.n)


src = Copyable()
p, q, r = tee(src, 3)
print(p is src, type(q).__name__, list(p), list(q), list(r))

print("-- re-entry")


def reentrant():
    yield 1
    print("  asking the tee from inside its source")
    next(t)
    yield 2


t, = tee(reentrant(), 1)
print(next(t))
check(lambda: next(t))
print(list(t))

print("-- errors")
check(lambda: tee())
check(lambda: tee([], 2, 3))
check(lambda: tee([], -1))
check(lambda: tee([], 2.0))
check(lambda: tee([], "a"))
check(lambda: tee([], n=2))
check(lambda: tee(1))
check(lambda: tee(1, 0))
check(lambda: tee([], 2 ** 62))
check(lambda: itertools._tee())
check(lambda: itertools._tee(1))
check(lambda: itertools._tee([], 2))
check(lambda: itertools._tee(x=1))
check(lambda: tee("a")[0].__copy__(1))
print(repr(tee), repr(itertools.tee) == repr(tee))
