import collections
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator)
from collections import deque

print(collections.abc.Mapping is Mapping)
print(Mapping.__module__, Mapping.__name__)

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

samples = [
    ("list", []), ("tuple", ()), ("str", ""), ("bytes", b""), ("bytearray", bytearray()),
    ("range", range(3)), ("memoryview", memoryview(b"ab")), ("dict", {}), ("set", set()),
    ("frozenset", frozenset()), ("deque", deque()), ("keys", {}.keys()),
    ("values", {}.values()), ("items", {}.items()), ("list_iter", iter([])),
    ("dict_iter", iter({})), ("set_iter", iter(set())), ("str_iter", iter("")),
    ("tuple_iter", iter(())), ("zip", zip()), ("gen", gen()), ("int", 1), ("None", None),
    ("function", gen),
]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
        AsyncIterable, AsyncIterator, AsyncGenerator]
for name, obj in samples:
    print(name.ljust(11), " ".join(a.__name__ for a in abcs if isinstance(obj, a)))

c = coro()
print("coroutine", isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
a = agen()
print("async gen", isinstance(a, AsyncGenerator), isinstance(a, AsyncIterator))
print(issubclass(dict, Mapping), issubclass(dict, MutableMapping), issubclass(list, Mapping))
print(issubclass(tuple, MutableSequence), issubclass(str, Sequence), issubclass(int, Hashable))
print(issubclass(list, Hashable), issubclass(dict, Hashable), issubclass(set, Hashable))


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class Blocked(OnlyIter):
    __iter__ = None


class Sizable:
    def __len__(self):
        return 3


class Full:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


print(isinstance(OnlyIter(), Iterable), isinstance(Blocked(), Iterable))
print(isinstance(Sizable(), Sized), isinstance(Sizable(), Iterable))
print(issubclass(Full, Collection), issubclass(Full, Sequence))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))


class Registry(dict):
    pass


@Sequence.register
class Virtual:
    pass


print(isinstance(Virtual(), Sequence), issubclass(Virtual, Reversible))


class Bag(MutableMapping):
    def __init__(self, *args, **kwargs):
        self.data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


b = Bag({"a": 1}, b=2)
print(len(b), b["a"], b.get("c"), b.get("c", 9), "a" in b, "z" in b)
print(b.setdefault("c", 3), b.setdefault("a", 100), sorted(b.items()))
print(list(b.keys()), list(b.values()), b.keys() & {"a", "x"})
print(b == {"a": 1, "b": 2, "c": 3}, b == {"a": 1}, b != {"a": 1})
print(b.pop("a"), b.pop("zz", "dflt"))
try:
    b.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(b.popitem(), len(b))
b.update([("x", 10)], y=20)
print(sorted(b.items()), ("x", 10) in b.items(), 20 in b.values())
print(repr(b.keys())[:9], isinstance(b.keys(), KeysView), isinstance(b.items(), Set))
b.clear()
print(len(b), isinstance(b, Mapping), isinstance(b, dict))


class Chars(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


s = Chars("abracadabra")
print(list(s), "c" in s, "z" in s, s.index("c"), s.count("a"), list(reversed(s))[:3])
print(s.index("a", 1), s.index("a", -4))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", repr(e))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(st.items, st.pop(), st.pop(0), st.items)
st.remove(3)
print(st.items)
st.clear()
print(st.items)


class IntSet(Set):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            if i not in self.items:
                self.items.append(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


x = IntSet([1, 2, 3])
y = IntSet([2, 3, 4])
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
print(x <= y, IntSet([2]) < x, x == IntSet([3, 2, 1]), x.isdisjoint([7, 8]))
print(x._hash() == IntSet([3, 1, 2])._hash(), x._hash() == hash(frozenset([1, 2, 3])))
print(type(x | y).__name__)


class Tags(MutableSet):
    def __init__(self):
        self.items = set()

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)


t = Tags()
t.add("b")
t |= ["a", "c"]
print(sorted(t.items), t.pop(), sorted(t.items))
t.remove("b")
try:
    t.remove("b")
except KeyError as e:
    print("KeyError", e)
t -= ["c"]
print(len(t))


class Partial(Mapping):
    def __len__(self):
        return 0


for cls in (Partial, Mapping, MutableSequence, Hashable, Iterator):
    try:
        cls()
    except TypeError as e:
        print(e)

class Counting(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(Counting()), iter(Counting()).__class__.__name__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))


class Methods:
    def method(self):
        pass


print(isinstance(Methods().method, Callable), isinstance([].append, Callable),
      isinstance(Methods, Callable), isinstance(Methods(), Callable))
