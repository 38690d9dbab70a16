# The dunders of int and float that the operators and math functions reach: __trunc__,
# __floor__, __ceil__, __divmod__ and __rdivmod__ (NotImplemented for other types), and
# float's __getformat__ and __set_format__, called with good and bad arguments.


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


cases = [
    lambda: (7).__trunc__(),
    lambda: (-7).__floor__(),
    lambda: (2 ** 70).__ceil__(),
    lambda: True.__floor__(),
    lambda: type(True.__ceil__()),
    lambda: (5).__floor__(1),
    lambda: (7).__divmod__(2),
    lambda: (-7).__divmod__(2),
    lambda: (7).__rdivmod__(2),
    lambda: (2 ** 70).__divmod__(-3),
    lambda: (5).__divmod__('a'),
    lambda: (5).__rdivmod__(1.5),
    lambda: (5).__divmod__(0),
    lambda: (5).__rdivmod__(0),
    lambda: (5).__divmod__(),
    lambda: (5).__divmod__(1, 2),
    lambda: (5).__divmod__(x=1),
    lambda: int.__divmod__(9, 4),
    lambda: int.__rdivmod__(9, 4),
    lambda: 3.5.__trunc__(),
    lambda: (-3.5).__trunc__(),
    lambda: 1e30.__trunc__(),
    lambda: float('inf').__trunc__(),
    lambda: float('nan').__trunc__(),
    lambda: 3.5.__trunc__(1),
    lambda: 7.5.__divmod__(2),
    lambda: (-7.5).__divmod__(2),
    lambda: 7.5.__rdivmod__(2),
    lambda: 7.5.__divmod__(True),
    lambda: 7.5.__divmod__('a'),
    lambda: 7.5.__rdivmod__([]),
    lambda: 5.0.__divmod__(0),
    lambda: 5.0.__rdivmod__(0),
    lambda: float.__divmod__(1.0, 0.25),
    lambda: float.__getformat__('double'),
    lambda: float.__getformat__('float'),
    lambda: 1.5.__getformat__('double'),
    lambda: float.__getformat__(),
    lambda: float.__getformat__(1),
    lambda: float.__getformat__(None),
    lambda: float.__getformat__('x'),
    lambda: float.__set_format__('double'),
    lambda: float.__set_format__(1, 'unknown'),
    lambda: float.__set_format__('double', 2),
    lambda: float.__set_format__('x', 'unknown'),
    lambda: float.__set_format__('double', 'x'),
    lambda: float.__set_format__('double', 'IEEE, big-endian'),
    lambda: float.__set_format__('float', 'IEEE, little-endian'),
]
for case in cases:
    print(attempt(case))
print(float.__set_format__('double', 'unknown'), float.__getformat__('double'),
      float.__getformat__('float'))
print(float.__set_format__('double', 'IEEE, little-endian'), float.__getformat__('double'))
import math
print(math.trunc(7), math.floor(-7), math.ceil(True), math.trunc(-2.5), divmod(7, -2), divmod(7.5, 2))
print(repr(int.__trunc__), repr(int.__divmod__), float.__getformat__.__name__)
