# The exceptions of random and _random, with CPython 3.8's messages.
import random
import _random


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


r = random.Random(1)
native = _random.Random()

print("== getrandbits")
attempt("getrandbits(0)", lambda: r.getrandbits(0))
attempt("getrandbits(-5)", lambda: r.getrandbits(-5))
attempt("getrandbits(1.5)", lambda: r.getrandbits(1.5))
attempt("getrandbits('8')", lambda: r.getrandbits("8"))
attempt("getrandbits(None)", lambda: r.getrandbits(None))
attempt("getrandbits()", lambda: r.getrandbits())
attempt("getrandbits(1, 2)", lambda: r.getrandbits(1, 2))
attempt("getrandbits(k=3)", lambda: r.getrandbits(k=3))
attempt("getrandbits(2**40)", lambda: r.getrandbits(2**40))
attempt("getrandbits(True)", lambda: r.getrandbits(True))

print("== seed and construction")
attempt("native.seed(1, 2)", lambda: native.seed(1, 2))
attempt("native.seed(a=1)", lambda: native.seed(a=1))
attempt("native.seed([])", lambda: native.seed([]))
attempt("seed({})", lambda: r.seed({}))
attempt("seed(1, 2, 3)", lambda: r.seed(1, 2, 3))
attempt("Random(1, 2)", lambda: random.Random(1, 2))
attempt("Random([1])", lambda: random.Random([1]))
attempt("Random(bytearray())", lambda: random.Random(bytearray(b"x")))
attempt("_random.Random(x=1)", lambda: _random.Random(x=1))
attempt("random() with an argument", lambda: r.random(1))
attempt("native.getstate(1)", lambda: native.getstate(1))

print("== setstate")
good = r.getstate()
attempt("setstate(1)", lambda: r.setstate(1))
attempt("setstate version 4", lambda: r.setstate((4, good[1], None)))
attempt("setstate version 'x'", lambda: r.setstate(("x", good[1], None)))
attempt("setstate short", lambda: r.setstate((3, good[1])))
attempt("setstate list", lambda: r.setstate((3, list(good[1]), None)))
attempt("setstate wrong size", lambda: r.setstate((3, good[1][:-1], None)))
attempt("setstate version 2 strings", lambda: r.setstate((2, ("a",) * 625, None)))
words = good[1][:-1]
attempt("index 625", lambda: native.setstate(words + (625,)))
attempt("index -1", lambda: native.setstate(words + (-1,)))
attempt("index 2**70", lambda: native.setstate(words + (2**70,)))
attempt("index 'a'", lambda: native.setstate(words + ("a",)))
attempt("negative word", lambda: native.setstate((-1,) + words[1:] + (624,)))
attempt("huge word", lambda: native.setstate((2**64,) + words[1:] + (624,)))
attempt("float word", lambda: native.setstate((1.0,) + words[1:] + (624,)))
attempt("str word", lambda: native.setstate(("1",) + words[1:] + (624,)))
attempt("setstate()", lambda: native.setstate())
attempt("setstate(1, 2)", lambda: native.setstate(1, 2))
# Words beyond 32 bits are cut to 32 bits.
native.setstate((2**32 + 5,) + words[1:] + (624,))
print(native.getstate()[0])

print("== randrange and randint")
attempt("randrange(0)", lambda: r.randrange(0))
attempt("randrange(-3)", lambda: r.randrange(-3))
attempt("randrange(1.5)", lambda: r.randrange(1.5))
attempt("randrange(3.0)", lambda: 0 <= r.randrange(3.0) < 3)
attempt("randrange(1, 2.5)", lambda: r.randrange(1, 2.5))
attempt("randrange(5, 5)", lambda: r.randrange(5, 5))
attempt("randrange(5, 2)", lambda: r.randrange(5, 2))
attempt("randrange(0, 10, 0)", lambda: r.randrange(0, 10, 0))
attempt("randrange(0, 10, 1.5)", lambda: r.randrange(0, 10, 1.5))
attempt("randrange(0, 10, -1)", lambda: r.randrange(0, 10, -1))
attempt("randrange(10, 0, 2)", lambda: r.randrange(10, 0, 2))
attempt("randrange('a')", lambda: r.randrange("a"))
attempt("randrange('5')", lambda: r.randrange("5"))
attempt("randrange()", lambda: r.randrange())
attempt("randint(1)", lambda: r.randint(1))
attempt("randint(5, 1)", lambda: r.randint(5, 1))
attempt("randint(1, 'a')", lambda: r.randint(1, "a"))

print("== sequences")
attempt("choice([])", lambda: r.choice([]))
attempt("choice('')", lambda: r.choice(""))
attempt("choice(5)", lambda: r.choice(5))
attempt("choice({})", lambda: r.choice({}))
attempt("sample(range(3), 4)", lambda: r.sample(range(3), 4))
attempt("sample(range(3), -1)", lambda: r.sample(range(3), -1))
attempt("sample(dict)", lambda: r.sample({1: 2, 3: 4}, 1))
attempt("sample(iterator)", lambda: r.sample(iter([1, 2]), 1))
attempt("sample(range(3))", lambda: r.sample(range(3)))
attempt("sample k float", lambda: r.sample(range(3), 1.5))
attempt("sample keys", lambda: r.sample({"a": 1, "b": 2}.keys(), 2) is not None)
attempt("sample frozenset", lambda: len(r.sample(frozenset("abc"), 2)))
attempt("choices both", lambda: r.choices("ab", [1, 2], cum_weights=[1, 2]))
attempt("choices mismatch", lambda: r.choices("abc", [1, 2]))
attempt("choices cum mismatch", lambda: r.choices("abc", cum_weights=[1]))
attempt("choices empty", lambda: r.choices([], k=2))
attempt("choices k=0", lambda: r.choices("abc", k=0))
attempt("choices positional k", lambda: r.choices("abc", None, None, 2))
attempt("shuffle(tuple)", lambda: r.shuffle((1, 2, 3)))
attempt("shuffle(str)", lambda: r.shuffle("abc"))
attempt("shuffle([])", lambda: r.shuffle([]))

print("== distributions")
attempt("gammavariate(0, 1)", lambda: r.gammavariate(0, 1))
attempt("gammavariate(1, -1)", lambda: r.gammavariate(1, -1))
attempt("betavariate(-1, 1)", lambda: r.betavariate(-1, 1))
attempt("expovariate(0)", lambda: r.expovariate(0))
attempt("triangular(2, 2)", lambda: r.triangular(2, 2))
attempt("triangular(2, 2, 2)", lambda: r.triangular(2, 2, 2))
attempt("uniform('a', 'b')", lambda: r.uniform("a", "b"))
attempt("paretovariate(0)", lambda: r.paretovariate(0))
attempt("normalvariate()", lambda: r.normalvariate())
attempt("vonmisesvariate(0, -1)", lambda: r.vonmisesvariate(0, -1))

print("== a subclass without getrandbits")


class Half(random.Random):
    def random(self):
        return 0.5


h = Half()
attempt("choice([])", lambda: h.choice([]))
attempt("randrange(0)", lambda: h.randrange(0))
attempt("_randbelow(0)", lambda: h._randbelow(0))
attempt("randrange(7)", lambda: h.randrange(7))

print("== SystemRandom")
s = random.SystemRandom()
attempt("getrandbits(0)", lambda: s.getrandbits(0))
attempt("getstate()", lambda: s.getstate())
attempt("setstate(1)", lambda: s.setstate(1))
attempt("choice([])", lambda: s.choice([]))
