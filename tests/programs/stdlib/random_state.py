# Saving and restoring the generator's state, subclasses of Random and of _random.Random, and
# the module-level functions over the hidden shared instance.
import copy
import random
import _random

print("== getstate and setstate")
r = random.Random(99)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:4])
before = [r.random() for _ in range(700)]
print(r.getstate()[1][-1])
r.setstate(state)
after = [r.random() for _ in range(700)]
print(before == after, after[-1])

# The cached second value of gauss() is part of the state.
r.seed(5)
print(r.gauss(0, 1))
saved = r.getstate()
print(saved[2])
second = r.gauss(0, 1)
r.setstate(saved)
print(r.gauss(0, 1) == second, r.getstate()[2])
r.seed(5)
print(r.getstate()[2])

# A state with version 2 holds signed words; they are read modulo 2**32.
r = random.Random(8)
version, words, gauss_next = r.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:-1]) + (words[-1],)
other = random.Random()
other.setstate((2, signed, None))
print(other.getstate() == r.getstate(), other.random() == r.random())

# A state read back into the native generator directly.
native = _random.Random()
native.setstate(words)
print(native.getstate() == words)
print(native.getrandbits(40) == random.Random(8).getrandbits(40))

# An index of 624 regenerates the words at the next draw; 0 uses the saved words first.
fresh = random.Random(1)
words = fresh.getstate()[1]
native.setstate(words[:-1] + (0,))
print(native.getstate()[-1], native.getrandbits(32), native.getstate()[-1])

print("== copies")
r = random.Random(3)
r.random()
c = copy.copy(r)
d = copy.deepcopy(r)
print(type(c).__name__, c.random() == r.random(), d.random() == c.random())
print(r.__reduce__()[0].__name__, r.__reduce__()[1], len(r.__reduce__()[2]))

print("== the native type")
print(_random.Random, random.Random, random.SystemRandom)
print([k.__name__ for k in random.Random.__mro__])
print(isinstance(random.Random(), _random.Random), issubclass(random.SystemRandom, random.Random))
print(_random.Random.__name__, _random.Random.__module__)
# The native constructor seeds from the tuple of its arguments.
print(_random.Random(5).random(), _random.Random(5, 2).random(), _random.Random().random())


class Native(_random.Random):
    def __init__(self, label):
        self.label = label
        self.seed(len(label))


n = Native("seven")
print(n.label, n.random(), n.getrandbits(20), isinstance(n, _random.Random))

print("== a subclass with its own random()")


class Counter(random.Random):
    """Steps through fixed fractions: integers then come from random() alone."""

    def __init__(self, step):
        self.step = step
        self.position = 0.0
        super().__init__(0)

    def random(self):
        self.position = (self.position + self.step) % 1.0
        return self.position


c = Counter(0.37)
print(c._randbelow.__name__)
print([c.randrange(10) for _ in range(8)])
print(c.choice("abcdef"), c.randint(1, 100), c.sample(range(20), 4))
items = list(range(8))
c.shuffle(items)
print(items)
print(c.uniform(0, 10), c.choices("xyz", k=4))
try:
    c.choice([])
except IndexError as e:
    print("IndexError", e)


class Bits(random.Random):
    """A subclass with its own getrandbits keeps using it for integers."""

    def random(self):
        return 0.5

    def getrandbits(self, k):
        self.calls = getattr(self, "calls", 0) + 1
        return super().getrandbits(k)


b = Bits(11)
print(b._randbelow.__name__, b.randrange(1000), b.calls, b.random())


class Plain(random.Random):
    pass


p = Plain(4)
print(p._randbelow.__name__, p.random() == random.Random(4).random())


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        super().seed(a * 2 if isinstance(a, int) else a)


print(Seeded(21).random() == random.Random(42).random())

print("== module-level functions")
random.seed(12345)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5))
print(random.choice(["a", "b", "c"]), random.choices("abc", weights=[1, 0, 3], k=5))
print(random.sample(range(50), 5), random.uniform(1, 2), random.getrandbits(70))
deck = list("abcdefgh")
random.shuffle(deck)
print(deck)
print(random.gauss(10, 2), random.normalvariate(0, 1), random.expovariate(3))
print(random.triangular(1, 5), random.betavariate(2, 3), random.gammavariate(2, 2))
print(random.lognormvariate(1, 0.2), random.vonmisesvariate(0, 4))
print(random.paretovariate(2), random.weibullvariate(1, 2))
saved = random.getstate()
x = [random.random() for _ in range(5)]
random.setstate(saved)
print(x == [random.random() for _ in range(5)])
print(random.seed.__self__ is random._inst, random.random.__name__)
print(sorted(random.__all__))
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4)
print(random.NV_MAGICCONST, random.SG_MAGICCONST)

print("== SystemRandom")
s = random.SystemRandom()
print(0.0 <= s.random() < 1.0, 0 <= s.getrandbits(100) < 2**100, s.getrandbits(3) < 8)
print(1 <= s.randint(1, 6) <= 6, s.seed(1), len(s.sample(range(10), 3)))
print(s._randbelow.__name__)
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)

print("== seeding from entropy")
a = random.Random()
b = random.Random(None)
print(a.getstate() != b.getstate(), a.random() != b.random())
a.seed()
print(0.0 <= a.random() < 1.0)
