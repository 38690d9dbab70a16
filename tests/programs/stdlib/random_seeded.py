# Seeded sequences of every function of random, which must equal CPython 3.8's draw for draw.
import random

SEEDS = [0, 1, 42, -7, 2**32 - 1, 2**32, 2**64 + 1, -(2**100), 12345678901234567890,
         3.14, -2.5, 0.0, True, "hello", "", "héllo wörld", b"bytes"]


def show(label, value):
    print(label, repr(value))


def exercise(r):
    show("random", [r.random() for _ in range(3)])
    show("getrandbits", [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100)])
    show("getrandbits 1000", r.getrandbits(1000))
    show("randrange", [r.randrange(10), r.randrange(1, 7), r.randrange(0, 100, 7),
                       r.randrange(50, 0, -3), r.randrange(-10, -2), r.randrange(2**70),
                       r.randrange(10**30, 10**30 + 5)])
    show("randint", [r.randint(1, 6) for _ in range(6)] + [r.randint(-5, 5), r.randint(0, 0)])
    show("choice", [r.choice("abcdefg"), r.choice([10, 20, 30]), r.choice(range(1000))])
    show("choices", r.choices("abcde", k=6))
    show("choices weights", r.choices(["x", "y", "z"], [1, 5, 2.5], k=6))
    show("choices cum", r.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
    items = list(range(12))
    r.shuffle(items)
    show("shuffle", items)
    letters = list("pylift")
    r.shuffle(letters, random=r.random)
    show("shuffle random=", letters)
    show("sample pool", r.sample(range(10), 4))
    show("sample all", r.sample("abcdef", 6))
    show("sample set", r.sample(range(100000), 8))
    show("sample big k", r.sample(range(200), 30))
    show("sample from set", r.sample({3, 1, 4, 5, 9, 2, 6}, 3))
    show("uniform", [r.uniform(0, 10), r.uniform(5, -5), r.uniform(1, 1)])
    show("triangular", [r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 8),
                        r.triangular(3, 3, 3)])
    show("normalvariate", [r.normalvariate(0, 1), r.normalvariate(100, 15)])
    show("gauss", [r.gauss(0, 1) for _ in range(3)])
    show("lognormvariate", r.lognormvariate(0, 0.5))
    show("expovariate", [r.expovariate(1.5), r.expovariate(-2)])
    show("vonmisesvariate", [r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 0.5),
                             r.vonmisesvariate(3, 50)])
    show("gammavariate", [r.gammavariate(0.3, 2), r.gammavariate(1.0, 3), r.gammavariate(2.5, 1),
                          r.gammavariate(40, 0.5)])
    show("betavariate", [r.betavariate(2, 5), r.betavariate(0.5, 0.5)])
    show("paretovariate", r.paretovariate(3))
    show("weibullvariate", r.weibullvariate(2, 1.5))


for s in SEEDS:
    print("== seed", repr(s))
    exercise(random.Random(s))

print("== seed bytearray")
r = random.Random()
r.seed(bytearray(b"ba"))
exercise(r)

print("== version 1 seeds")
for s in ["hello", "", b"abc"]:
    r = random.Random()
    r.seed(s, version=1)
    show(repr(s), [r.random(), r.randrange(1000)])

print("== bytearray seed is extended in place, as CPython's is")
seed = bytearray(b"xyz")
r.seed(seed)
show("len", len(seed))

print("== seeding again restarts the sequence")
r = random.Random(2020)
first = [r.random() for _ in range(5)]
r.seed(2020)
show("same", first == [r.random() for _ in range(5)])

print("== a long run")
r = random.Random(123)
checksum = 0
floats = 0.0
for i in range(5000):
    checksum = (checksum * 31 + r.getrandbits(32)) % (2**61 - 1)
    floats += r.random()
    if i % 1000 == 999:
        show(i, (checksum, floats, r.randrange(10**6)))
values = [r.randrange(1000) for _ in range(3000)]
show("randrange sum", sum(values))
show("gauss sum", sum(r.gauss(0, 1) for _ in range(2000)))
deck = list(range(52))
for _ in range(200):
    r.shuffle(deck)
show("deck", deck[:10])
show("state tail", r.getstate()[1][-3:])
