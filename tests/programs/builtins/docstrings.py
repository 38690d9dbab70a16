# __doc__ of builtin types, of their instances, of their methods (bound and unbound) and
# slot wrappers: CPython 3.8's text. Classes defined in Python have theirs or None.


class Plain:
    pass


class Documented:
    """A class with a docstring."""


class MyInt(int):
    pass


types = [
    object, type, int, bool, float, complex, str, bytes, bytearray, memoryview, tuple, list,
    dict, set, frozenset, range, slice, type(None), type(NotImplemented), type(...),
    BaseException, Exception, ValueError, KeyError, StopIteration, OSError, property,
    classmethod, staticmethod, enumerate, zip, map, filter, reversed, type({}.keys()),
    type(iter([])),
]
for t in types:
    print(t.__name__, repr(t.__doc__))
for value in [1, True, 1.5, 'a', b'a', (), [], {}, set(), None, ..., range(1), ValueError()]:
    print(type(value).__name__, value.__doc__ == type(value).__doc__)
print(Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented().__doc__)
print(MyInt.__doc__, MyInt(1).__doc__)
methods = [
    int.bit_length, (5).bit_length, int.from_bytes, bool.from_bytes, int.__add__,
    (5).__add__, int.__sizeof__, object.__sizeof__, [].__sizeof__, str.join, 'x'.upper,
    list.append, [].sort, dict.fromkeys, {}.get, set.add, float.hex, float.fromhex,
    float.__getformat__, object.__init_subclass__, object.__subclasshook__, object.__format__,
    object.__init__, object.__eq__, type.__call__, type.__instancecheck__, str.maketrans,
    bytes.fromhex, int.__divmod__, list.__iadd__, dict.__reversed__, set.__ior__,
    MyInt.bit_length, MyInt(3).__floor__,
]
for m in methods:
    print(m.__name__, repr(m.__doc__))
print('__doc__' in dir(int), '__doc__' in dir(object()), '__doc__' in dir(Plain))
for f in [len, print, isinstance, sorted, iter, divmod, dir, vars]:
    print(f.__name__, repr(f.__doc__))
