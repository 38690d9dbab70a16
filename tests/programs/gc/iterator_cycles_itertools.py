# Reference cycles through itertools objects are freed by gc.collect().
import gc
import itertools


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


gc.collect()

# cycle() saves the items of its first pass, here the list holding it.
items = [Marker("cycle")]
c = itertools.cycle(items)
items.append(c)
print(next(c).name)
del items, c
gc.collect()
print("cycle done")

# tee objects share blocks of the items read; here the source list holds the tee objects.
items = [Marker("tee")]
a, b = itertools.tee(items)
items.append(a)
items.append(b)
print(next(a).name)
del items, a, b
print("tee collected", gc.collect())

# One tee object ahead of the other by more than a block.
items = list(range(200))
a, b = itertools.tee(items)
items.append(Marker("tee blocks"))
items.append(a)
for _ in range(150):
    next(a)
del items, a, b
gc.collect()
print("tee blocks done")

# chain over a list that holds the chain.
items = [Marker("chain")]
ch = itertools.chain(items, [1])
items.append(ch)
print(next(ch).name)
del items, ch
gc.collect()
print("chain done")

# groupby, its key function and its groupers.
class Grouping:
    def __init__(self):
        self.marker = Marker("groupby")
        self.groups = itertools.groupby([1, 1, 2], key=self.key)
        self.key_seen, self.group = next(self.groups)

    def key(self, x):
        return x


g = Grouping()
print(g.key_seen, next(g.group))
del g
gc.collect()
print("groupby done")

# accumulate with a function closing over the accumulate object.
def running():
    marker = Marker("accumulate")

    def add(x, y):
        return x + y + 0 * len([marker, acc])

    acc = itertools.accumulate([1, 2, 3], add)
    return acc


acc = running()
print(list(acc))
del acc
gc.collect()
print("accumulate done")

# repeat and count holding a list that holds them.
items = [Marker("repeat")]
items.append(itertools.repeat(items, 2))
del items
gc.collect()
print("repeat done")

items = [Marker("count")]
items.append(itertools.count(0, 1))
items.append(itertools.islice(items, 3))
items.append(itertools.starmap(print, [items]))
items.append(itertools.zip_longest(items, fillvalue=items))
items.append(itertools.compress(items, items))
items.append(itertools.dropwhile(None, items))
items.append(itertools.takewhile(None, items))
items.append(itertools.filterfalse(None, items))
del items
gc.collect()
print("terminating done")

# The combinatoric iterators keep the items of their pools.
items = [Marker("product")]
items.append(itertools.product(items, repeat=2))
items.append(itertools.permutations(items))
items.append(itertools.combinations(items, 2))
items.append(itertools.combinations_with_replacement(items, 2))
del items
gc.collect()
print("combinatoric done")

print("left", gc.collect())
