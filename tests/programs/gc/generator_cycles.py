# Cycles through generators, coroutines and asynchronous generators are found by the cycle
# collector; a suspended one is closed first (its `finally` runs), as CPython 3.8's finalizer does.
import gc

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def plain():
    yield 1


# gc.is_tracked in each state.
g = plain()
print("unstarted tracked:", gc.is_tracked(g))
next(g)
print("suspended tracked:", gc.is_tracked(g))
for _ in g:
    pass
print("finished tracked:", gc.is_tracked(g))
del g


# A generator whose frame holds a list that holds the generator.
# (gc.collect() counts what is left to clear once finalizers ran: closing a generator frees
# its cycle before that, so the counts here are not printed.)
def holder():
    box = [Noisy("in box")]
    box.append((yield))
    yield box


g = holder()
next(g)
g.send(g)
del g
print("collecting send cycle")
gc.collect()
print("send cycle gone")


# A generator stored on an instance, its frame referencing the instance.
class Owner:
    def __init__(self, name):
        self.tag = Noisy(name)
        self.gen = self.walk()
        next(self.gen)

    def walk(self):
        while True:
            yield self.tag.name


Owner("owner")
print("collecting owner")
gc.collect()
print("owner gone")


# An unstarted generator whose argument closes the cycle.
def takes(x):
    yield x


box = [Noisy("argument")]
box.append(takes(box))
del box
print("collecting unstarted")
gc.collect()
print("unstarted gone")


# A pending `finally` runs when the collector closes the suspended generator.
def guarded(node):
    try:
        yield node
    finally:
        print("finally runs, node", node.name)


node = Noisy("guarded")
node.gen = guarded(node)
next(node.gen)
del node
print("collecting guarded")
gc.collect()
print("guarded gone")


# `with` in a suspended generator: __exit__ runs with GeneratorExit.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__)


def managed(node):
    with Manager():
        yield node


node = Noisy("managed")
node.gen = managed(node)
next(node.gen)
del node
gc.collect()
print("managed gone")


# A generator suspended in `yield from` keeps the inner one alive; both are collected.
def inner(node):
    try:
        yield node
    finally:
        print("inner finally")


def outer(node):
    try:
        yield from inner(node)
    finally:
        print("outer finally")


node = Noisy("delegating")
node.gen = outer(node)
next(node.gen)
del node
gc.collect()
print("delegating gone")


# An object held only by a collected generator's frame is released with it.
def keeps():
    only = Noisy("frame local")
    me = yield
    yield only, me


g = keeps()
next(g)
g.send(g)
del g
gc.collect()
print("frame local gone")


# A finished generator holds nothing; a cycle through its owner is an ordinary one.
node = Noisy("finished")
node.gen = plain()
list(node.gen)
del node
gc.collect()


# Coroutines and asynchronous generators.
class Awaitable:
    def __await__(self):
        yield "suspended"


async def coro(node):
    try:
        await Awaitable()
    finally:
        print("coroutine finally")


node = Noisy("coroutine")
node.coro = coro(node)
print("coroutine tracked:", gc.is_tracked(node.coro))
print(node.coro.send(None))
del node
gc.collect()
print("coroutine gone")


async def agen(node):
    try:
        yield node.name
    finally:
        print("async generator finally")


node = Noisy("async generator")
node.agen = agen(node)
print("async generator tracked:", gc.is_tracked(node.agen))
try:
    node.agen.__anext__().send(None)
except StopIteration as e:
    print("first value:", e.value)
del node
gc.collect()
print("async generator gone")

print("nothing left:", gc.collect())
