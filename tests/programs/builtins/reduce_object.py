# object.__reduce_ex__ and object.__reduce__: the default reductions of each protocol.
import copyreg


def describe(reduction):
    """The reduction with its functions and iterators named, since their reprs hold addresses."""
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


class A:
    pass


a = A()
show("empty 2", lambda: a.__reduce_ex__(2))
a.x = 1
for protocol in range(-1, 6):
    show("A %d" % protocol, lambda: a.__reduce_ex__(protocol))
show("reduce", lambda: a.__reduce__())
show("object", lambda: object().__reduce_ex__(2))
show("object 0", lambda: object().__reduce_ex__(0))
show("unbound", lambda: object.__reduce_ex__(a, 3))
print(a.__reduce_ex__(2)[0] is copyreg.__newobj__, a.__reduce__()[0] is copyreg._reconstructor)
print(type(copyreg.__newobj__).__name__, copyreg.__newobj__.__name__)

# Argument checks.
show("no protocol", lambda: a.__reduce_ex__())
show("str protocol", lambda: a.__reduce_ex__("2"))
show("float protocol", lambda: a.__reduce_ex__(2.0))
show("big protocol", lambda: a.__reduce_ex__(2 ** 70))
show("keyword", lambda: a.__reduce_ex__(protocol=2))
show("reduce arg", lambda: a.__reduce__(1))
show("bool protocol", lambda: a.__reduce_ex__(True))


class Slots:
    __slots__ = ("a", "b", "__private")

    def __init__(self):
        self.a = 1
        self.__private = 3


show("slots 2", lambda: Slots().__reduce_ex__(2))
show("slots 0", lambda: Slots().__reduce_ex__(0))
print(Slots.__slotnames__)
show("empty slots", lambda: Slots.__new__(Slots).__reduce_ex__(2))


class SlotsAndDict(Slots):
    __slots__ = ("c", "__dict__")


s = SlotsAndDict()
s.c = "c"
s.d = "d"
show("slots and dict", lambda: s.__reduce_ex__(4))


class OwnReduce:
    def __reduce__(self):
        return "own"


show("own reduce", lambda: OwnReduce().__reduce_ex__(2))
show("own reduce 0", lambda: OwnReduce().__reduce_ex__(0))


class Stateful:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v * 10}


show("getstate 2", lambda: Stateful().__reduce_ex__(2))
show("getstate 0", lambda: Stateful().__reduce_ex__(1))


class NewArgs:
    def __getnewargs__(self):
        return (1, 2)


class NewArgsEx:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


class NewArgsExNoKeywords:
    def __getnewargs_ex__(self):
        return ((1,), {})


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __init__(self, result):
        self.result = result

    def __getnewargs_ex__(self):
        return self.result


show("newargs", lambda: NewArgs().__reduce_ex__(2))
show("newargs ex", lambda: NewArgsEx().__reduce_ex__(4))
show("newargs ex empty", lambda: NewArgsExNoKeywords().__reduce_ex__(4))
show("bad newargs", lambda: BadNewArgs().__reduce_ex__(2))
for result in [[1], (1,), ([1], {}), ((1,), [1]), (1, 2, 3)]:
    show("bad newargs ex %r" % (result,), lambda: BadNewArgsEx(result).__reduce_ex__(2))


class BadSlotNames:
    __slotnames__ = "x"


show("bad slotnames", lambda: BadSlotNames().__reduce_ex__(2))


class L(list):
    pass


class D(dict):
    pass


lst = L([1, 2])
lst.attr = "a"
show("list subclass", lambda: lst.__reduce_ex__(2))
show("dict subclass", lambda: D(k=1).__reduce_ex__(2))
show("list subclass 0", lambda: lst.__reduce_ex__(0))
show("dict subclass 1", lambda: D(k=1).__reduce_ex__(1))


class I(int):
    pass


i = I(7)
i.attr = 1
show("int subclass", lambda: i.__reduce_ex__(2))
show("int subclass 0", lambda: i.__reduce_ex__(0))


class WithSlotsNoState:
    __slots__ = ("x",)


show("slots no getstate 0", lambda: WithSlotsNoState().__reduce_ex__(0))
