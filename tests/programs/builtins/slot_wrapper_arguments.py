# Argument checks of builtin types' slot wrappers and their own methods, and the __hash__ = None
# of unhashable builtin types.
class L(list):
    pass
class D(dict):
    pass
class T(tuple):
    pass
class S(str):
    pass
class I(int):
    pass
for f in [lambda: list.__len__([], a=1), lambda: L.__getitem__(L()), lambda: T.__getitem__(T()), lambda: S.__contains__(S()), lambda: D.__contains__(D()), lambda: L.__setitem__(L(), 1), lambda: D.__delitem__(D()), lambda: L.__eq__(L()), lambda: L.__repr__(L(), 1), lambda: L.__hash__(L(), 1), lambda: D.__iter__(D(), 1), lambda: L.__getattribute__(L()), lambda: L.__delattr__(L()), lambda: int.__float__(1, 2), lambda: int.__index__(1, 2), lambda: L.__add__(L()), lambda: L.__mul__(L())]:
    try:
        print(f())
    except TypeError as e:
        print(e)
for f in [lambda: L.__len__(L(), 1), lambda: list.__len__([], 1), lambda: D.__getitem__(D()), lambda: I.__add__(I(1)), lambda: I.__neg__(I(1), 2), lambda: list.__len__(), lambda: L.__contains__(L()), lambda: int.__add__(1, 2, 3), lambda: L.__iter__(L(), 3)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class L(list):
    pass
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, L.__hash__, '__hash__' in list.__dict__)
print(tuple.__hash__ is not None, frozenset.__hash__ is not None)
print([t.__name__ for t in (list, dict, set, frozenset, tuple, bytearray, bytes, slice, range, object) if t.__hash__ is None])
print('__hash__' in dir(list), '__hash__' in dict.__dict__, dict.__dict__['__hash__'])
