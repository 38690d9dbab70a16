# gc.collect() returns what CPython 3.8's does: the objects still unreachable once the
# finalizers ran (a closed generator's frame is gone by then; a suspended one's frame is an
# object of its own), and none when a finalizer resurrected any of them.
import gc

gc.collect()


def show(name):
    print(name, gc.collect())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Slotted:
    __slots__ = ("other",)


class SlottedWithDict:
    __slots__ = ("other", "__dict__")


class Finalized:
    def __del__(self):
        pass


def plain():
    yield 1
    yield 2


def nested():
    items = [[1], [2], {"a": [3]}, (4, [5])]
    items.append(items)


nested()
show("nested containers")


def slotted_pair(cls):
    a = cls()
    b = cls()
    a.other = b
    b.other = a


slotted_pair(Slotted)
show("slotted pair")
slotted_pair(SlottedWithDict)
show("slotted pair with __dict__ unused")


def slotted_with_dict():
    a = SlottedWithDict()
    a.other = a
    a.note = "atoms only"
    b = SlottedWithDict()
    b.other = b
    b.items = [b]


slotted_with_dict()
show("slotted with a dict of atoms, and one holding a list")


def finalized_pair():
    a = Finalized()
    b = Finalized()
    a.other = b
    b.other = a


finalized_pair()
show("pair with __del__")


def bound_method():
    n = Node("x")
    n.method = n.__init__


bound_method()
show("bound method")


def closure():
    box = []

    def f():
        return box

    box.append(f)


closure()
show("closure cell")


def default_argument():
    box = []
    f = lambda a=box: a
    box.append(f)


default_argument()
show("default argument")


def set_member():
    n = Node("s")
    n.members = {n}


set_member()
show("set")


def frozenset_member():
    n = Node("s")
    n.members = frozenset([n])


frozenset_member()
show("frozenset")


def keys_view():
    d = {}
    d["keys"] = d.keys()


keys_view()
show("dict keys view")

# Generators: the frame of one still suspended (or not started) counts too.
box = []
it = plain()
next(it)
box.append(it)
box.append(box)
del box, it
show("suspended generator in a cycle that its frame is not part of")

box = []
box.append(plain())
box.append(box)
del box
show("unstarted generator in a cycle")

box = []
it = plain()
list(it)
box.append(it)
box.append(box)
del box, it
show("finished generator in a cycle")


def takes(x):
    yield x


box = []
box.append(takes(box))
del box
show("unstarted generator whose argument closes the cycle")

box = []
it = takes(box)
next(it)
box.append(it)
del box, it
show("suspended generator whose frame closes the cycle")


def holder():
    box = [Node("in box")]
    box.append((yield))
    yield box


g = holder()
next(g)
g.send(g)
del g
show("generator sent to itself")


class Owner:
    def __init__(self):
        self.gen = self.walk()
        next(self.gen)

    def walk(self):
        while True:
            yield self


Owner()
show("generator of an instance's method")


def closure_generator():
    box = []

    def walk():
        yield box

    it = walk()
    next(it)
    box.append(it)


closure_generator()
show("generator over a closure cell")

# A coroutine that was never awaited is not closed (CPython warns instead): its frame stays.
# The warning's text is not what this program checks, so stderr goes to a sink meanwhile.
import sys


class Sink:
    def write(self, text):
        return len(text)

    def flush(self):
        pass


async def pending(x):
    pass


sys.stderr = Sink()
box = []
box.append(pending(box))
del box
show("coroutine never awaited")
sys.stderr = sys.__stderr__


# Resurrection: nothing is collected this time, everything the next.
saved = []


class Phoenix:
    def __del__(self):
        saved.append(self)


def phoenix():
    a = Phoenix()
    b = [a]
    a.b = b


phoenix()
show("resurrected")
saved.clear()
show("resurrected, then released")

print("nothing left:", gc.collect())
stats = gc.get_stats()
print("stats add up:", sum(s["collected"] for s in stats) >= 30)
