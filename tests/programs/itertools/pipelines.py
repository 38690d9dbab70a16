# Lazy pipelines mixing itertools with generators, generator expressions, map, zip and enumerate.
import itertools as it
from itertools import chain, count, cycle, islice, takewhile, dropwhile, accumulate, groupby, tee, starmap


def numbers(limit, name="numbers"):
    n = 0
    while n < limit:
        print("  %s gives %d" % (name, n))
        yield n
        n += 1
    print("  %s is done" % name)


print("-- nothing runs until asked")
pipe = map(lambda x: x * x, it.filterfalse(lambda x: x % 2, numbers(10)))
squares = islice(pipe, 2)
print("built")
for s in squares:
    print("got", s)

print("-- first primes from an infinite sieve")


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(list(islice(primes(), 15)))

print("-- running totals of an endless stream")
totals = accumulate(x for x in count(1) if x % 3 == 0)
print(list(takewhile(lambda t: t < 100, totals)), next(totals))

print("-- round robin with cycle and islice")


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle((lambda source=iter(x): next(source)) for x in iterables)
    while pending:
        try:
            for step in nexts:
                yield step()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


print(list(roundrobin("ABC", "D", "EF")))

print("-- pairwise, windows and chunks")


def pairwise(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)


def chunks(iterable, size):
    source = iter(iterable)
    while True:
        chunk = tuple(islice(source, size))
        if not chunk:
            return
        yield chunk


print(list(pairwise("abcde")), list(pairwise([])), list(chunks(range(10), 4)))
print([b - a for a, b in pairwise(accumulate(range(6)))])
print(list(starmap(lambda i, c: c * i, enumerate("abc", 1))))

print("-- grouping runs in a generated stream")
runs = ((k, sum(1 for _ in g)) for k, g in groupby(n // 4 for n in numbers(9, "runs")))
for key, length in runs:
    print("run", key, length)

print("-- flattening and numbering")
nested = [[1, 2], (), "ab", range(3)]
for i, x in enumerate(chain.from_iterable(nested), 100):
    print(i, x, end="; ")
print()
print(list(zip(count(), dropwhile(lambda c: c.isspace(), "  hi"))), dict(zip("abc", count(10, 5))))
print(sum(x * y for x, y in zip(count(1), it.repeat(2, 5))), max(it.compress(range(10), cycle([1, 0, 0]))))
print(list(map(sorted, map(list, it.product("ba", repeat=2)))))
print(["".join(p) for p in it.permutations("abc", 2) if p[0] < p[1]], sum(1 for _ in it.combinations(range(10), 3)))
print(list(it.zip_longest(*[iter(range(7))] * 3, fillvalue="*")))
evens, odds = tee(numbers(4, "split"))
print(list(filter(lambda n: n % 2 == 0, evens)), list(it.filterfalse(lambda n: n % 2 == 0, odds)))
gen = (c.upper() for c in "xyz")
print(list(chain(gen, gen)), list(islice(enumerate(cycle("ab")), 3)))
