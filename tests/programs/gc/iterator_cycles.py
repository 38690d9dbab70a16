# Reference cycles through the lazy iterators of the builtins and the iterators of the
# builtin containers are freed by gc.collect().
import gc


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def show(name, found):
    print(name, "collected", found)


gc.collect()

# A list holding its own iterator.
items = [Marker("list_iterator")]
items.append(iter(items))
del items
show("list_iterator", gc.collect())

# A list holding a reverse iterator over itself.
items = [Marker("list_reverseiterator")]
items.append(reversed(items))
del items
show("list_reverseiterator", gc.collect())

# A dict whose value iterates over the dict.
d = {"m": Marker("dict_keyiterator")}
d["it"] = iter(d)
del d
show("dict_keyiterator", gc.collect())

d = {"m": Marker("dict_itemiterator")}
d["it"] = iter(d.items())
del d
gc.collect()
print("dict_itemiterator done")

# A set cannot hold itself, but an instance can hold a set iterator over a set of itself.
class Holder:
    pass


h = Holder()
h.marker = Marker("set_iterator")
h.it = iter({h})
del h
gc.collect()
print("set_iterator done")

# str and tuple iterators in an instance's dict.
h = Holder()
h.marker = Marker("tuple_iterator")
h.it = iter((h, 1))
del h
gc.collect()
print("tuple_iterator done")

# map, filter, zip and enumerate over a list that holds them.
items = [Marker("map")]
items.append(map(str, items))
del items
gc.collect()
print("map done")

items = [Marker("filter")]
items.append(filter(None, items))
del items
gc.collect()
print("filter done")

items = [Marker("zip")]
items.append(zip(items, items))
del items
gc.collect()
print("zip done")

items = [Marker("enumerate")]
items.append(enumerate(items))
del items
gc.collect()
print("enumerate done")

# A map whose function refers back to it through a closure.
def make_map():
    marker = Marker("map closure")

    def f(x):
        return (x, marker, m)

    m = map(f, [1, 2])
    return m


m = make_map()
print(next(m)[0])
del m
gc.collect()
print("map closure done")

# A filter whose predicate is a bound method of an instance holding the filter.
class Keeper:
    def __init__(self):
        self.marker = Marker("filter method")
        self.it = filter(self.keep, [0, 1, 2])

    def keep(self, x):
        return x % 2


k = Keeper()
print(list(k.it))
del k
gc.collect()
print("filter method done")

# iter(callable, sentinel) whose callable holds the iterator.
h = Holder()
h.marker = Marker("callable_iterator")
h.it = iter(h.__init__, 1)
del h
gc.collect()
print("callable_iterator done")

# reversed() of a sequence defined in Python that holds the reversed object.
class Seq:
    def __init__(self):
        self.marker = Marker("reversed")

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


s = Seq()
s.it = reversed(s)
print(next(s.it))
del s
gc.collect()
print("reversed done")

# The live objects are all gone: nothing of the cycles is left to collect.
print("left", gc.collect())
