# Builtins and container methods working with classes defined in Python: comparisons and
# equality in the order CPython calls them, and the special methods builtins look up.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


class N:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, N) else other)
        return isinstance(other, N) and self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "N(" + str(self.v) + ")"


print("-- equality in searches")
a = [N(1), N(2), N(3)]
print(N(2) in a)
print(a.index(N(3)))
print(a.count(N(1)))
a.remove(N(2))
print(a)
print((N(1),).index(N(1)), N(5) in (N(1), N(5)), (N(4), N(4)).count(N(4)))
print([N(1)] == [N(1)], (N(1), N(2)) < (N(1), N(3)))

print("-- comparisons while sorting")
b = [N(5), N(3), N(4), N(1), N(2), N(2)]
b.sort()
print(b)
print(sorted([N(3), N(1), N(2)], reverse=True))
print(sorted([N(1), N(2), N(3), N(4)]))
print(sorted([N(4), N(3), N(2), N(1)]))
print(min([N(3), N(1), N(2)]), max([N(3), N(1), N(2)]), max(N(1), N(1)))

print("-- dict keys and values")
d = {N(1): "one"}
print(d[N(1)], N(1) in d, d.get(N(1)), d.setdefault(N(1), "x"))
print({1: N(1)} == {1: N(1)})
print(N(1) in {1: N(1)}.values(), (1, N(1)) in {1: N(1)}.items())
print(d.pop(N(1)), d)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.name == other.name

    def __repr__(self):
        return "Key(" + self.name + ")"


d = {}
for name in ["a", "b", "c", "a", "b"]:
    d[Key(name)] = name
print(d, len(d), Key("c") in d, Key("z") in d)
del d[Key("b")]
print(d, d.popitem(), d)


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key * 2


d = {"w": 0}
d.update(Mapping())
print(d, dict(Mapping()))


class Bad:
    def keys(self):
        return [1]

    def __getitem__(self, key):
        raise KeyError(key)


check(lambda: dict(Bad()))


class Plain:
    pass


class Callable:
    def __call__(self):
        return 1


class Idx:
    def __index__(self):
        return 3


class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])


class NoRev:
    __reversed__ = None

    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


class GetOnly:
    def __getitem__(self, i):
        return i


class Rounds:
    def __round__(self, n=None):
        return ("rounded", n)


class DM:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


class Sub(Plain):
    pass


print("-- callable")
check(lambda: callable(Plain()))
check(lambda: callable(Callable()))
check(lambda: callable(Plain))
check(lambda: iter(Plain(), 1))
check(lambda: next(iter(Callable(), 2)))

print("-- __index__")
check(lambda: hex(Idx()))
check(lambda: bin(Idx()))
check(lambda: oct(Idx()))
check(lambda: [1, 2, 3, 4].pop(Idx()))
check(lambda: [1, 2, 3, 4].index(4, Idx()))
check(lambda: list(enumerate("ab", Idx())))
check(lambda: round(2.5, Idx()))
check(lambda: round(12345, Idx()))
check(lambda: chr(Idx()))
check(lambda: [0, 1, 2, 3][Idx()])
check(lambda: (0, 1, 2, 3)[Idx()])
check(lambda: [1, 2, 3, 4].insert(Idx(), 0))
check(lambda: sorted([3, 1, 2], reverse=Idx()))
check(lambda: hex(Plain()))
check(lambda: [1][Plain()])

print("-- reversed")
check(lambda: list(reversed(Rev())))
check(lambda: list(reversed(NoRev())))
check(lambda: list(reversed(Seq())))
check(lambda: list(reversed(GetOnly())))
check(lambda: list(reversed(Plain())))

print("-- round and divmod")
check(lambda: round(Rounds()))
check(lambda: round(Rounds(), 2))
check(lambda: round(Rounds(), None))
check(lambda: round(Plain()))
check(lambda: divmod(DM(), 1))
check(lambda: divmod(1, DM()))
check(lambda: divmod(Plain(), 1))

print("-- iteration protocols")
check(lambda: next(Plain()))
check(lambda: [x for x in Counter(3)])
check(lambda: list(enumerate(Counter(2))))
check(lambda: list(zip(Counter(3), "ab")))
check(lambda: sorted(map(abs, Counter(4))))
check(lambda: sum(Counter(5)))
check(lambda: list(reversed([x for x in Counter(3)])))
check(lambda: list(map(abs, Counter(2))))
check(lambda: next(Counter(1)))
c = Counter(1)
print(next(c), next(c, "exhausted"))

print("-- sum, any, all with special methods")
print(sum([Money(5), Money(7)]), sum([Money(1)], Money(2)), sum([1, Money(2)]))
print(any([Money(0), Money(0)]), any([Money(0), Money(3)]), all([Money(1), Money(0)]))

print("-- isinstance and issubclass")
print(isinstance(Sub(), Plain), isinstance(Plain(), Sub), isinstance(Sub(), (int, Plain)), isinstance(Sub, type))
print(issubclass(Sub, Plain), issubclass(Plain, Sub), issubclass(Sub, (str, object)), issubclass(Sub, Sub))
print(type(Sub()) is Sub, type(1) is int, type(True) is bool, type([]) is list, type({}.keys()))

print("-- key functions that are methods")
names = ["bob", "Al", "cy"]
print(sorted(names, key=str.lower) if False else sorted(names, key=len))
order = {"low": 0, "mid": 1, "high": 2}
print(sorted(["high", "low", "mid"], key=order.get), max(["low", "high"], key=order.get))
