# The gc module's controls.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), type(gc.get_count()[0]).__name__)
print(gc.garbage)

print("tracked:")
for label, obj in [
    ("int", 1),
    ("str", "text"),
    ("list", []),
    ("empty dict", {}),
    ("dict of atoms", {"a": 1, "b": "x"}),
    ("dict with a list", {"a": []}),
    ("set", set()),
    ("None", None),
]:
    print(" ", label, gc.is_tracked(obj))


class C:
    pass


print("  instance", gc.is_tracked(C()))
d = {}
print("  dict before", gc.is_tracked(d))
d["k"] = [1]
print("  dict after adding a list", gc.is_tracked(d))

t = tuple([1, 2, 3])
print("  tuple of atoms", gc.is_tracked(t))
gc.collect()
print("  tuple of atoms after a collection", gc.is_tracked(t))
t2 = tuple([[], 2])
gc.collect()
print("  tuple with a list after a collection", gc.is_tracked(t2))

marker = ["marker"]
holder = [marker]
print("referrers:", any(r is holder for r in gc.get_referrers(marker)))
print("referents:", gc.get_referents(holder) == [marker])
print("objects:", any(o is holder for o in gc.get_objects()))

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count())


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: gc.collect(3))
check(lambda: gc.collect(-1))
check(lambda: gc.collect("a"))
check(lambda: gc.collect(1.5))
check(lambda: gc.collect(generation=0) >= 0)
check(lambda: gc.collect(1, 2))
check(lambda: gc.set_threshold())
check(lambda: gc.set_threshold(1, 2, 3, 4))
check(lambda: gc.set_threshold("a"))
check(lambda: gc.set_threshold(x=1))
check(lambda: gc.get_objects(3))
check(lambda: gc.get_objects("a"))
check(lambda: gc.is_tracked())
check(lambda: gc.enable(1))
check(lambda: gc.get_count(1))
check(lambda: gc.isenabled(x=1))
check(lambda: gc.get_referents())
