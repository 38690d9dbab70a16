# Weak references to objects that die in reference cycles: the collector clears them before
# any finalizer runs, calls back only the weak references that are not garbage themselves,
# and counts what CPython 3.8 counts.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Node(%s)" % self.name


def pair(a_name, b_name):
    a, b = Node(a_name), Node(b_name)
    a.other, b.other = b, a
    return a, b


# A cycle referred to weakly from outside: cleared, callbacks run, the weak references live on.
a, b = pair("a", "b")
ra = weakref.ref(a, lambda wr: print("callback for a, referent:", wr()))
rb = weakref.ref(b)
del a, b
print("alive before collect:", ra() is not None, rb() is not None)
print("collected", gc.collect())
print(ra(), rb())
# The collector leaves the callback on the weak reference; a plain free takes it.
print(ra.__callback__ is not None)

# Weak references that are garbage too: their callbacks never run.
a, b = pair("c", "d")
a.back = weakref.ref(b, lambda wr: print("never: garbage callback"))
b.back = weakref.ref(a)
del a, b
print("collected", gc.collect())

# A weak reference held only by a dict its callback empties: freed by the callback's end, and
# CPython counts it.
registry = {}
a, b = pair("e", "f")
registry["e"] = weakref.ref(a, lambda wr: registry.pop("e"))
del a, b
print("collected", gc.collect(), registry)

# Weak references are cleared before finalizers run.
class Finalized(Node):
    def __del__(self):
        print("__del__ of", self.name, "sees partner ref:", self.partner_ref())


a, b = Finalized("g"), Finalized("h")
a.other, b.other = b, a
a.partner_ref = weakref.ref(b)
b.partner_ref = weakref.ref(a)
watch = weakref.ref(a, lambda wr: print("callback before __del__"))
del a, b
print("collected", gc.collect())

# A finalizer that resurrects its object: the weak references stay cleared.
saved = []


class Phoenix(Node):
    def __del__(self):
        saved.append(self)


a, b = Phoenix("i"), Node("j")
a.other, b.other = b, a
ra = weakref.ref(a, lambda wr: print("phoenix callback"))
del a, b
print("collected", gc.collect(), ra(), saved)
saved[0].other = None
saved.clear()
print("collected", gc.collect())

# Containers whose entries are in cycles.
values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
for name in "klm":
    a, b = pair(name, name.upper())
    values[name] = a
    keys[b] = name
    members.add(a)
del a, b
print(len(values), len(keys), len(members))
print("collected", gc.collect())
print(len(values), len(keys), len(members), list(values.items()))

# A callback that makes new objects and weak references while the collector runs.
made = []


def rebuild(wr):
    fresh = Node("fresh")
    made.append((fresh, weakref.ref(fresh)))


a, b = pair("n", "o")
rn = weakref.ref(a, rebuild)
del a, b
print("collected", gc.collect(), made[0][1]() is made[0][0])
made.clear()

# Self-referencing objects with several weak references each.
a = Node("p")
a.other = a
refs = [weakref.ref(a, lambda wr, i=i: print("callback", i)) for i in range(3)]
print(weakref.getweakrefcount(a))
del a
print("collected", gc.collect(), [r() for r in refs])
gc.enable()
