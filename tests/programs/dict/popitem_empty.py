# An uncaught KeyError from popitem on an emptied dict.
d = {"a": 1, "b": 2}
print(d.popitem())
print(d.popitem())
print(d.popitem())
