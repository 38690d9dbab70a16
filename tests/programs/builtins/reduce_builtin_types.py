# The builtin types' __getnewargs__ and own __reduce__, and the objects that cannot be reduced.
import copyreg


def describe(reduction):
    if isinstance(reduction, str):
        return reduction
    parts = []
    for part in reduction:
        if type(part).__name__ == "function":
            parts.append("%s.%s" % (part.__module__, part.__name__))
        elif type(part).__name__.endswith("iterator"):
            parts.append(("iterator", list(part)))
        else:
            parts.append(part)
    return tuple(parts)


def show(label, f):
    try:
        print(label, describe(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for value in [5, 2 ** 80, True, 1.5, 2 + 3j, "text", b"data", (1, [2])]:
    print(type(value).__name__, value.__getnewargs__(), value.__reduce_ex__(2)[1])
show("int getnewargs arg", lambda: (5).__getnewargs__(1))


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


for value in [MyInt(3), MyStr("s"), MyTuple((1, 2)), MyFloat(2.5)]:
    args = value.__getnewargs__()
    print(type(value).__name__, args, type(args[0]).__name__)

show("set", lambda: {3, 1, 2}.__reduce__())
show("set ex", lambda: {"a"}.__reduce_ex__(2))
show("frozenset", lambda: frozenset([1]).__reduce_ex__(4))
show("range", lambda: range(1, 10, 3).__reduce__())
show("range ex", lambda: range(5).__reduce_ex__(0))
show("slice", lambda: slice(1, 2).__reduce__())
show("slice ex", lambda: slice(None, "x", [1]).__reduce_ex__(2))
show("bytearray", lambda: bytearray(b"a\xff").__reduce__())
for protocol in (0, 2, 3, 4):
    show("bytearray %d" % protocol, lambda: bytearray(b"ab").__reduce_ex__(protocol))
show("bytearray empty", lambda: bytearray().__reduce_ex__(3))
show("bytearray default", lambda: bytearray(b"x").__reduce_ex__())
show("bytearray two", lambda: bytearray(b"x").__reduce_ex__(1, 2))


class MySet(set):
    pass


ms = MySet([1])
show("set subclass", lambda: ms.__reduce_ex__(2))
ms.tag = "t"
show("set subclass with dict", lambda: ms.__reduce__())

show("list", lambda: [1, 2].__reduce_ex__(2))
show("dict", lambda: {1: 2}.__reduce_ex__(3))
show("None", lambda: None.__reduce_ex__(2))
show("Ellipsis", lambda: Ellipsis.__reduce_ex__(4))
show("NotImplemented", lambda: NotImplemented.__reduce__())
show("tuple", lambda: (1, 2).__reduce_ex__(2))
show("complex", lambda: (1j).__reduce_ex__(2))
print(copyreg.dispatch_table[complex](3 + 4j))

for label, value in [("int", 1), ("str", "s"), ("list", [1]), ("dict", {}), ("tuple", ()),
                     ("None", None), ("complex", 1j)]:
    for protocol in (0, 1):
        show("%s %d" % (label, protocol), lambda: value.__reduce_ex__(protocol))

show("exception", lambda: ValueError("a", 1).__reduce__())
show("exception ex", lambda: KeyError("k").__reduce_ex__(2))
e = RuntimeError("x")
e.note = 1
show("exception with dict", lambda: e.__reduce_ex__(0))
e2 = TypeError()
e2.__setstate__({"a": 1})
print(e2.a)
print(e2.__setstate__(None), e2.a)
show("setstate list", lambda: e2.__setstate__([1]))


def gen():
    yield 1


show("generator", lambda: gen().__reduce_ex__(2))
show("generator 0", lambda: gen().__reduce_ex__(0))
show("function", lambda: gen.__reduce_ex__(2))
show("function 1", lambda: gen.__reduce_ex__(1))
show("keys", lambda: {}.keys().__reduce_ex__(2))
show("property", lambda: property().__reduce_ex__(2))
show("type", lambda: type.__reduce_ex__(int, 2))
show("type 0", lambda: type.__reduce_ex__(int, 0))
