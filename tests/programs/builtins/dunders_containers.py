# The dunders of list, dict, set and bytearray that their operators reach: in-place
# operators (which return the same object), __reversed__, and bytearray's sequence slots.


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


items = [1, 2]
print(items.__iadd__((3, 4)) is items, items)
print(items.__imul__(2) is items, items)
print(items.__imul__(True), items.__imul__(0), items)
print(list.__iadd__(items, 'ab'), list.__imul__([7], 3))
print(list([1, 2, 3].__reversed__()), type([].__reversed__()).__name__)
print(list(list.__reversed__([4, 5])))
d = {'a': 1, 'b': 2, 'c': 3}
print(list(d.__reversed__()), type(d.__reversed__()).__name__, list({}.__reversed__()))
s = {1, 2}
print(s.__ior__({3}) is s, s)
print(s.__iand__(frozenset({1, 3})) is s, s)
print(s.__isub__({1}) is s, s)
print(s.__ixor__({3, 7}) is s, s)
print(set.__ior__(s, {8}), s.__ior__([9]), s.__iand__(1), s.__isub__('a'), s.__ixor__(None))
b = bytearray(b'ab')
print(b.__iadd__(b'cd') is b, b.__iadd__(memoryview(b'e')) is b, b)
print(b.__imul__(2) is b, b, b.__len__(), b.__getitem__(1), b.__getitem__(slice(1, 3)))
print(b.__contains__(99), b.__add__(b'!'), b.__mul__(2), b.__rmul__(2), b.__mod__(()))
b.__setitem__(0, 65)
b.__delitem__(1)
print(b, list(b.__iter__())[:3], bytearray(b'%d').__mod__(5), bytearray().__alloc__())
cases = [
    lambda: [].__iadd__(3),
    lambda: [].__iadd__(),
    lambda: [].__iadd__([], []),
    lambda: [].__iadd__(x=1),
    lambda: [].__imul__('a'),
    lambda: [].__imul__(1.5),
    lambda: [].__imul__(2 ** 100),
    lambda: [1].__imul__(-1),
    lambda: [].__reversed__(1),
    lambda: {}.__reversed__(1),
    lambda: list.__reversed__(()),
    lambda: dict.__reversed__([]),
    lambda: {1}.__ior__(),
    lambda: {1}.__iand__(1, 2),
    lambda: set.__ior__(frozenset(), {1}),
    lambda: bytearray().__iadd__('s'),
    lambda: bytearray().__imul__('s'),
    lambda: bytearray().__alloc__(1),
]
for case in cases:
    print(attempt(case))
