# Copies of namedtuples, dataclasses, enum members, exceptions and builtin subclasses.
import copy
import collections
import dataclasses
import enum

Pair = collections.namedtuple("Pair", "left right")
p = Pair([1], 2)
print(copy.copy(p), copy.copy(p) is p, copy.copy(p).left is p.left)
q = copy.deepcopy(p)
print(q, type(q).__name__, q.left is p.left)


@dataclasses.dataclass
class Item:
    name: str
    tags: list = dataclasses.field(default_factory=list)


item = Item("a", ["x"])
print(copy.copy(item), copy.copy(item).tags is item.tags)
print(copy.deepcopy(item), copy.deepcopy(item).tags is item.tags)


@dataclasses.dataclass(frozen=True)
class Frozen:
    value: list


f = copy.deepcopy(Frozen([1]))
print(f, dataclasses.replace(f, value=[2]))


class Color(enum.Enum):
    RED = 1
    GREEN = [2]


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(copy.deepcopy({Color.RED: [Color.GREEN]}))


class Flags(enum.IntEnum):
    A = 1
    B = 2


print(copy.deepcopy(Flags.B) is Flags.B, copy.copy([Flags.A])[0] is Flags.A)

od = collections.OrderedDict([("b", [1]), ("a", 2)])
od2 = copy.deepcopy(od)
print(od2, od2["b"] is od["b"], type(copy.copy(od)).__name__)
dd = collections.defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
print(dd2, dd2["k"] is dd["k"], dd2.default_factory)
dd3 = copy.copy(dd)
print(dd3, dd3["k"] is dd["k"])
ctr = collections.Counter("abracadabra")
print(copy.deepcopy(ctr) == ctr, type(copy.copy(ctr)).__name__)


class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = "n"


lst = L([[1], 2])
c = copy.copy(lst)
d = copy.deepcopy(lst)
print(type(c).__name__, c, c.note, c[0] is lst[0])
print(type(d).__name__, d, d.note, d[0] is lst[0])


class D(dict):
    pass


dct = D(a=[1])
dct.attr = 5
d2 = copy.deepcopy(dct)
print(type(d2).__name__, d2, d2.attr, d2["a"] is dct["a"])


class S(set):
    pass


st = S([1, 2])
st.tag = "t"
s2 = copy.copy(st)
print(type(s2).__name__, sorted(s2), s2.tag)


class I(int):
    pass


i = I(5)
i.extra = 1
i2 = copy.copy(i)
print(type(i2).__name__, i2, i2.extra, i2 is i)


class T(tuple):
    pass


t = T(([1], 2))
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, t2[0] is t[0])


class Str(str):
    pass


print(repr(copy.copy(Str("abc"))), type(copy.deepcopy(Str("x"))).__name__)

err = ValueError("bad", [1])
err.detail = "d"
err2 = copy.deepcopy(err)
print(type(err2).__name__, err2.args, err2.args[1] is err.args[1], err2.detail)
print(copy.copy(KeyError("k")).args)
