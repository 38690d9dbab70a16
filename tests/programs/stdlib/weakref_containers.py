# The weakref module's containers, WeakMethod and finalize: entries go when their objects die.
import copy
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def value(self):
        return self.n * 100


def by_n(o):
    return o.n


# WeakValueDictionary
objs = [Obj(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for o in objs:
    d["k%d" % o.n] = o
print(len(d), sorted(d), "k3" in d, "zz" in d, d["k3"], d.get("zz"), d.get("zz", 0))
del objs[3]
print(len(d), sorted(d.keys()), "k3" in d, d.get("k3", "gone"))
try:
    d["k3"]
except KeyError as e:
    print("KeyError", e)
print(sorted(d.items()))
print(sorted(d.values(), key=by_n))
print(len(d.valuerefs()), all(isinstance(r, weakref.ref) for r in d.itervaluerefs()))
print(sorted(r.key for r in d.valuerefs()), type(d.valuerefs()[0]).__name__)
print(d.pop("k0"), len(d), d.pop("k0", "default"))
try:
    d.pop("k0")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("k1", None), d.setdefault("new", objs[0]), len(d))
del d["new"]
try:
    del d["new"]
except KeyError as e:
    print("KeyError", e)
c = d.copy()
print(type(c).__name__, sorted(c.items()), sorted(copy.copy(d).items()) == sorted(d.items()))
print(d.popitem() in [(k, v) for k, v in c.items()], len(d))
d.update({"a": objs[0]}, b=objs[1])
d.update([("c", objs[2])])
print(sorted(d.items()))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
objs.clear()
print(len(d), list(d.items()), len(c))
survivor = Obj(50)
d2 = weakref.WeakValueDictionary({"x": survivor})
print(len(d2), len(c))
del survivor, c
print(len(d2))
d.clear()
print(len(d))

# Keys that compare equal: the last value wins, and the entry stays while that value lives.
first, second = Obj(1), Obj(2)
d = weakref.WeakValueDictionary()
d["same"] = first
d["same"] = second
del first
print(d["same"])
del second
print("same" in d, len(d))

# WeakKeyDictionary
objs = [Obj(i) for i in range(4)]
k = weakref.WeakKeyDictionary()
for o in objs:
    k[o] = o.n * 10
print(len(k), k[objs[1]], objs[1] in k, Obj(9) in k, 5 in k, k.get(objs[2]), k.get(Obj(1), "no"))
print(sorted(k.values()), sorted(k.keys(), key=by_n), sorted(k.items(), key=lambda kv: kv[0].n))
print(len(k.keyrefs()))
try:
    k[Obj(7)]
except KeyError:
    print("KeyError")
victim = objs.pop()
print(len(k))
del victim
print(len(k), sorted(k.values()))
print(k.pop(objs[0]), k.pop(objs[0], "missing"), len(k))
print(k.setdefault(objs[0], "fresh"), k.setdefault(objs[0], "again"), len(k))
del k[objs[0]]
k.update({objs[0]: 5})
k2 = k.copy()
print(type(k2).__name__, sorted(k2.values()), len(copy.copy(k)))
print(k.popitem()[1] in (5, 10, 20), len(k))
try:
    k[1] = 2
except TypeError as e:
    print("TypeError", e)
objs.clear()
print(len(k), len(k2), list(k2.items()))
k.clear()

# WeakSet
objs = [Obj(i) for i in range(5)]
s = weakref.WeakSet(objs[:3])
print(len(s), objs[0] in s, objs[4] in s, 1 in s, sorted(s, key=by_n))
s.add(objs[3])
s.add(objs[3])
print(len(s))
s.discard(objs[3])
s.discard(objs[4])
s.remove(objs[2])
try:
    s.remove(objs[2])
except KeyError:
    print("KeyError")
print(len(s), sorted(s, key=by_n))
t = weakref.WeakSet(objs[1:])
print(sorted(s | t, key=by_n), sorted(s & t, key=by_n), sorted(s - t, key=by_n), sorted(s ^ t, key=by_n))
print(s.issubset(objs), s <= t, weakref.WeakSet(objs[1:2]) <= t, s == weakref.WeakSet(objs[:2]), s.isdisjoint(t))
print(type(s.copy()).__name__, len(s.copy()), s.pop() in objs, len(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.add(1)
except TypeError as e:
    print("TypeError", e)
print(len(t))
del objs[2:]
print(len(t), sorted(t, key=by_n))
objs.clear()
print(len(s), len(t), list(t))

# WeakMethod
o = Obj(4)
events = []
wm = weakref.WeakMethod(o.value, lambda r: events.append(r is wm))
print(wm()(), wm().__self__ is o, wm().__func__ is Obj.value)
print(isinstance(wm, weakref.ref), type(wm).__name__, callable(wm))
print(wm == weakref.WeakMethod(o.value), wm != weakref.WeakMethod(o.value))
print(hash(wm) == hash(weakref.WeakMethod(o.value)))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
del o
print(wm(), events)


# finalize
def report(*args, **kwargs):
    print("finalizer called with", args, kwargs)
    return "result"


o = Obj(1)
f = weakref.finalize(o, report, 1, 2, key="value")
print(f.alive, f.atexit, f.peek()[0], f.peek()[2:])
f.atexit = False
print(f.atexit)
print(f(), f.alive, f(), f.peek(), f.detach())
del o
o = Obj(2)
f = weakref.finalize(o, report, "on death")
print("deleting")
del o
print(f.alive, f())
o = Obj(3)
f = weakref.finalize(o, report, "detached")
detached = f.detach()
print(detached[0], detached[2:], f.alive)
del o, detached
gc.collect()
print("detached never ran")


# A finalizer keeps running even when nothing else holds the finalize object.
def make(n):
    weakref.finalize(Obj(n), report, "unreferenced", n)


make(7)
o = Obj(8)
weakref.finalize(o, print, "print as finalizer")
del o


# An object in a cycle: its finalizer runs when the collector frees it.
o = Obj(9)
o.me = o
f = weakref.finalize(o, report, "cycle")
del o
print("collecting")
gc.collect()
print(f.alive)
