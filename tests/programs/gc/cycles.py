# The cycle collector frees what reference counting cannot, and gc.collect() says how much.
import gc

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def pair():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a


pair()
# Two instances and their two attribute dicts.
print("pair:", gc.collect())

l = []
l.append(l)
del l
print("self-list:", gc.collect())

d = {}
d["me"] = d
del d
print("self-dict:", gc.collect())

x = [1, 2]
t = (x,)
x.append(t)
del x, t
print("list-tuple:", gc.collect())


def closure_cycle():
    def inner():
        return inner

    return None


closure_cycle()
print("recursive closure:", gc.collect())

print("nothing left:", gc.collect())


def ring(n):
    nodes = [Node(i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.other = nodes[(i + 1) % n]


ring(100)
print("ring of 100:", gc.collect())

# A cycle kept alive from outside is not garbage.
keep = []
keep.append(keep)
print("reachable cycle:", gc.collect(), len(keep))
del keep
print("released:", gc.collect())

# Automatic collections keep memory bounded while a program builds many cycles.
for i in range(20000):
    pair()
print("automatic:", gc.collect() < 1400)
