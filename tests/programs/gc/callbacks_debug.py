# gc.callbacks hear of each collection; gc.set_debug(gc.DEBUG_SAVEALL) keeps the garbage in
# gc.garbage instead of freeing it; gc.freeze() resets the counts.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug(), gc.callbacks, gc.garbage)
gc.collect()

events = []


def record(phase, info):
    events.append((phase, sorted(info.items())))


gc.callbacks.append(record)
cycle = []
cycle.append(cycle)
del cycle
print("collected", gc.collect())
for event in events:
    print(event)
events.clear()
print("generation 1:", gc.collect(1))
for event in events:
    print(event)
gc.callbacks.remove(record)
events.clear()
gc.collect()
print("after removing:", events)


def nested(phase, info):
    # A collection asked for while one runs does nothing.
    if phase == "start":
        print("nested collect:", gc.collect())


gc.callbacks.append(nested)
gc.collect()
gc.callbacks.clear()

gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug())
cycle = []
cycle.append(cycle)
d = {}
d["d"] = d
del cycle, d
print("saved:", gc.collect(), [type(x).__name__ for x in gc.garbage])
gc.set_debug(0)
print("still saved:", gc.collect(), len(gc.garbage))
for x in gc.garbage:
    x.clear()
del x
gc.garbage.clear()
print("freed:", gc.collect())

keep = [[] for _ in range(10)]
gc.freeze()
print("count after freeze:", gc.get_count())
gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: gc.set_debug())
check(lambda: gc.set_debug("a"))
check(lambda: gc.set_debug(1.5))
check(lambda: gc.get_debug(1))
