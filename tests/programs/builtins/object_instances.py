# object() makes a plain featureless instance: a sentinel, hashable, equal only to itself.
import gc

a = object()
b = object()
print(type(a), type(a) is object, isinstance(a, object))
print(repr(a).startswith("<object object at 0x"), str(a) == repr(a))
print(a == a, a == b, a != b, a is a, a is b)
print(hash(a) == hash(a), hash(a) != hash(b))
print(len({a, b, a}), {a: 1, b: 2}[b])
print(bool(a), gc.is_tracked(a))

for attempt in ("set", "get", "del"):
    try:
        if attempt == "set":
            a.x = 1
        elif attempt == "get":
            a.x
        else:
            del a.x
    except AttributeError as e:
        print(attempt, "AttributeError:", e)

try:
    setattr(b, "y", 2)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "x"), getattr(a, "x", "default"))
print(a.__class__ is object, a.__eq__(a), a.__eq__(b))
print(object.__repr__(a) == repr(a))

for args, kwargs in (((1,), {}), ((), {"x": 1})):
    try:
        object(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

c = object.__new__(object)
print(type(c).__name__, c == c, c == a)

# As a sentinel for "no argument given".
_missing = object()


def lookup(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default


print(lookup({"k": None}, "k"), lookup({}, "k", 0))
try:
    lookup({}, "gone")
except KeyError as e:
    print("KeyError:", e)

items = [object() for _ in range(3)]
print(len(set(items)), items.index(items[2]), items[0] in items, object() in items)
print(sorted([1, 2], key=lambda x: -x), min([a], key=id) is a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(object.__name__, object.__base__, object.__bases__)
