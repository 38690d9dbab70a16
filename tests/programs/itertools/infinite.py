# count, cycle and repeat: reprs, argument forms, laziness and errors.
import itertools
from itertools import count, cycle, repeat, islice


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


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(%d)" % self.v


print("-- count")
c = count()
print(c, next(c), next(c), c, type(c).__name__, type(c) is count, iter(c) is c)
print(count(5), count(-3), count(1.5, 0.5), count(1, 1.0), count(1.0, 1), count(0, 2), count(1, -1))
print(count(start=3), count(step=2), count(step=1), count(2 ** 70), count(5, 2 ** 70), count(1, 0))
print(count(True), list(islice(count(True), 3)), count(True, 2), list(islice(count(True, 2), 3)))
print(count(1, True), list(islice(count(0, 1.0), 3)), list(islice(count(1.5, 0.5), 4)))
print(list(islice(count(10, -3), 5)), list(islice(count(2 ** 63 - 2), 4)))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), big)
print(list(islice(count(Num(4), Num(3)), 3)), count(Num(1)), count(Num(1), 2))
print(list(zip(count(1), "abc")), repr(count(-0.0)), count(1e300, 1e300))
check(lambda: count("a"))
check(lambda: count(1, "a"))
check(lambda: count(None))
check(lambda: count([]))
check(lambda: count(1, 2, 3))
check(lambda: count(x=1))
check(lambda: count(1, start=2))
check(lambda: count(1, step=2, start=3))
check(lambda: len(count()))
check(lambda: count()[0])
odd = count(1, 2)
for n in odd:
    if n > 7:
        break
print(n, next(odd), odd)

print("-- cycle")
print(list(islice(cycle("abc"), 8)), list(cycle([])), type(cycle("")).__name__)
cy = cycle(noisy([1, 2]))
print("made")
print(next(cy), next(cy))
print(next(cy), next(cy), next(cy))
source = [1, 2]
cy = cycle(source)
print(next(cy))
source.append(3)
print(list(islice(cy, 6)))
it = iter([7, 8])
cy = cycle(it)
print(next(cy), list(it), list(islice(cy, 4)))
print(list(islice(cycle(x * x for x in range(3)), 7)), list(islice(cycle({"k": 1}), 3)))
check(lambda: cycle())
check(lambda: cycle(1))
check(lambda: cycle([1], [2]))
check(lambda: cycle(x=[1]))
check(lambda: cycle(iterable=[1]))

print("-- repeat")
print(repeat("a"), repeat("a", 3), repeat("a", -1), repeat(None, 0), repeat([1, 2], 2), repeat(repeat(1), 1))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 4)))
r = repeat("z", 2)
print(r, next(r), r, next(r), r, list(r), r)
print(repeat(object=1, times=2), repeat(2, times=1), repeat(Num(1), Num(2)), list(repeat(0, True)))
print(repeat(1, 3).__length_hint__(), repeat(1, -3).__length_hint__(), repeat(None, 2 ** 63 - 1))
shared = []
items = list(repeat(shared, 3))
items[0].append(1)
print(items, items[0] is items[2])
print(list(map(pow, range(5), repeat(2))), list(zip("ab", repeat(0))))
check(lambda: repeat(1).__length_hint__())
check(lambda: repeat("a", 2.0))
check(lambda: repeat("a", "2"))
check(lambda: repeat())
check(lambda: repeat(1, 2, 3))
check(lambda: repeat(1, times=None))
check(lambda: repeat(1, 2 ** 70))
check(lambda: repeat(1, x=2))
check(lambda: repeat(1, 2, times=3))
print(repr(itertools.count), itertools.repeat.__name__, itertools.cycle.__module__, count.__qualname__)
