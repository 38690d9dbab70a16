# Methods read from builtin types: unbound methods, slot wrappers, class methods, and the
# attributes of builtin functions.

print(str.lower("AB"), str.upper("ab"), str.join(",", ["a", "b"]), str.split("a b"))
items = []
list.append(items, 1)
list.extend(items, [2, 3])
list.insert(items, 0, 0)
print(items, list.pop(items), list.index(items, 2), list.__len__(items), list.__getitem__(items, 1))
d = {}
dict.__setitem__(d, "k", "v")
dict.update(d, {"a": 1})
print(d, dict.__getitem__(d, "k"), dict.get(d, "a"), dict.__contains__(d, "a"), dict.keys(d))
dict.__delitem__(d, "k")
print(d, dict.__len__(d))
print(int.__add__(1, 2), int.__radd__(1, 2), int.__mul__(6, 7), int.__neg__(5), int.__add__(1, 2.5))
print(float.__mul__(2.0, 3), float.__truediv__(1.0, 4), str.__add__("a", "b"), str.__mul__("ab", 2))
print(list.__add__([1], [2]), tuple.__getitem__((1, 2), 1), tuple.__len__(()), int.__hash__(7))
print(int.__eq__(1, 1), int.__lt__(1, 2), str.__eq__("a", "b"), str.__contains__("abc", "b"))
print(int.__repr__(5), float.__repr__(1.5), str.__repr__("x"), list.__repr__([1]), int.__bool__(0))
print(dict.fromkeys([1, 2]), dict.fromkeys("ab", 0), float.fromhex("0x1.8p1"), int.from_bytes(b"\x01\x00", "big"))
print(list(map(str.upper, ["a", "b"])), list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
print(list(map(int.__neg__, [1, 2])), list(map(len, ["ab", "c"])), list(filter(str.isdigit, ["1", "a", "22"])))
print(list(map(dict.get, [{"a": 1}, {}], ["a", "a"])), list(map(str.__add__, ["a", "b"], ["c", "d"])))
print(tuple.__new__(tuple, [1, 2]), type(tuple.__new__(tuple, "ab")).__name__, int.__new__(int, "7"))


class C:
    def __init__(self):
        object.__init__(self)
        object.__setattr__(self, "x", 5)


c = C()
print(c.x, object.__getattribute__(c, "x"), type(object.__new__(C)).__name__)
object.__delattr__(c, "x")
print(hasattr(c, "x"), object.__eq__(c, c), object.__ne__(c, c), object.__eq__(c, 1))


class Made:
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.args = args
        return self

    def __init__(self, a, b):
        super().__init__()
        self.sum = a + b


m = Made(1, 2)
print(m.args, m.sum)


class P(tuple):
    def __new__(cls, it):
        return tuple.__new__(cls, it)


print(P([1, 2]), type(P("ab")).__name__)


class Hashy(str):
    __hash__ = str.__hash__
    upper = str.lower


h = Hashy("ABC")
print(str.__hash__(h) == str.__hash__("ABC"), {h: 1}[h], h.upper(), Hashy.upper("XY"))

print(len, print, abs, len.__name__, len.__qualname__, print.__name__, sorted.__qualname__)
print(str.lower, list.append, dict.get, str.join)
print(int.__add__, str.__add__, list.__init__, object.__init__, dict.__setitem__, list.__len__)
print(dict.__getitem__, list.__getitem__, dict.__contains__, tuple.__getitem__, str.__str__)
print(str.lower.__name__, str.lower.__qualname__, int.__add__.__name__, int.__add__.__qualname__)
print(str.lower.__objclass__, list.append.__objclass__, dict.fromkeys.__name__, dict.fromkeys.__qualname__)
print("a".upper.__name__, "a".upper.__qualname__, "a".upper.__self__, [].append.__qualname__)
print(object.__init__.__qualname__, C.__new__(C).__class__.__name__)

for call in [
    lambda: str.lower(1),
    lambda: str.lower(),
    lambda: list.append((), 1),
    lambda: dict.__getitem__([], 1),
    lambda: int.__add__("a", 1),
    lambda: int.__add__(),
    lambda: list.__init__((), 1),
    lambda: object.__init__(),
    lambda: tuple.__new__(int),
    lambda: tuple.__new__(1),
    lambda: object.__new__(C, 1),
    lambda: C(1),
    lambda: object.__setattr__(1, "x", 2),
]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Text(str):
    pass


print(type(str.__str__(Text("a"))).__name__, str.__str__(Text("a")), list.__repr__(Text("ab").split()))
