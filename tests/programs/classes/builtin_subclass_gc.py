# Instances of builtin subclasses in reference cycles, through their items and their __dict__,
# and __del__ on them.
import gc


class Node(list):
    def __del__(self):
        print("del Node", len(self))


class Table(dict):
    def __del__(self):
        print("del Table", sorted(self))


class Name(str):
    def __del__(self):
        print("del Name", str(self))


class Number(int):
    def __del__(self):
        print("del Number", int(self))


n = Node([1, 2])
del n
t = Table(a=1)
del t
s = Name("gone")
del s
i = Number(12)
del i
print("--- cycles")
gc.collect()
a = Node()
a.append(a)
del a
print("collected list cycle", gc.collect() > 0)
b = Node([0])
b.me = b
del b
print("collected dict cycle", gc.collect() > 0)
t = Table()
t["self"] = t
del t
print("collected table cycle", gc.collect() > 0)
nm = Name("loop")
nm.ref = [nm]
del nm
print("collected str cycle", gc.collect() > 0)


class Pair(tuple):
    pass


holder = []
p = Pair([holder])
holder.append(p)
del p, holder
print("collected tuple cycle", gc.collect() > 0)


class Bag(set):
    pass


bag = Bag()
bag.owner = bag
del bag
print("collected set cycle", gc.collect() > 0)
print("done")
