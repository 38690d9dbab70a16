# __sizeof__ of object and of the builtin types that redefine it, and sys.getsizeof, which
# adds the collector's header for containers and instances of classes, calls a class's own
# __sizeof__, and checks what it returns.
import sys

samples = [
    0, 1, True, 2 ** 100, -2 ** 64, 1.5, 1j, '', 'abc', 'é' * 3, '€', b'', b'abc',
    bytearray(), bytearray(b'ab'), (), (1, 2), [], [1], list(range(20)), {}, {1: 2},
    dict.fromkeys(range(10)), set(), {1, 2, 3, 4, 5}, set(range(100)), frozenset(range(5)),
    range(3), slice(1), None, NotImplemented, Ellipsis, ValueError('x'), len, object(),
]
for value in samples:
    print(type(value).__name__, value.__sizeof__(), sys.getsizeof(value))
grown = []
for i in range(30):
    grown.append(i)
print(grown.__sizeof__(), sys.getsizeof(grown))
print(int.__sizeof__(5), object.__sizeof__(5), list.__sizeof__([]), set.__sizeof__(set()))
print(int.__sizeof__ is object.__sizeof__, float.__sizeof__ is object.__sizeof__)
print(repr(object.__sizeof__), repr(int.__sizeof__), repr(frozenset.__sizeof__))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(5)), sys.getsizeof(Sized(0), 7))
for bad in [-1, 'x', 2 ** 70]:
    try:
        print(sys.getsizeof(Sized(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Sized('x'), 'default'))
try:
    sys.getsizeof(Sized(-1), 'default')
except ValueError as e:
    print('ValueError', e)
for call in [lambda: object().__sizeof__(1), lambda: (1).__sizeof__(x=1), lambda: [].__sizeof__(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
