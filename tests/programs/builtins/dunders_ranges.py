# The methods and attributes of range and slice (count, index, __reversed__, the sequence
# slots, start/stop/step, slice.indices), and complex's number slots called as methods.


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(r.count(5), r.count(6), r.count(5.0), r.count('a'), r.index(8), r.index(8.0))
print(list(r.__reversed__()), list(range(0).__reversed__()), list(range(10, 0, -4).__reversed__()))
print(type(r.__reversed__()).__name__, r.__len__(), r.__getitem__(-1), r.__contains__(11))
print(r.__bool__(), range(0).__bool__(), list(r.__iter__()), r.__getitem__(slice(1, 3)))
cases = [
    lambda: r.index(9),
    lambda: r.index('a'),
    lambda: r.index(),
    lambda: r.count(),
    lambda: r.__reversed__(1),
    lambda: r.__getitem__(100),
    lambda: slice(1, 10, 2).indices(5),
    lambda: slice(None, None, -1).indices(4),
    lambda: slice(-100, 100).indices(7),
    lambda: slice(1).indices(-1),
    lambda: slice(1).indices('a'),
    lambda: slice(None, None, 0).indices(3),
    lambda: slice('a').indices(3),
    lambda: slice(1).indices(),
    lambda: (1 + 2j).__add__(1),
    lambda: (1 + 2j).__radd__(1.5),
    lambda: (1 + 2j).__sub__('a'),
    lambda: (1 + 2j).__rsub__(1),
    lambda: (1 + 2j).__mul__(2j),
    lambda: (1 + 2j).__truediv__(2),
    lambda: (1 + 2j).__rtruediv__(2),
    lambda: (1 + 2j).__pow__(2),
    lambda: (1 + 2j).__rpow__(2),
    lambda: (3 + 4j).__abs__(),
    lambda: (1 + 2j).__neg__(),
    lambda: (1 + 2j).__pos__(),
    lambda: 0j.__bool__(),
    lambda: (1 + 2j).__int__(),
    lambda: (1 + 2j).__float__(),
    lambda: (1 + 2j).__floordiv__(1),
    lambda: (1 + 2j).__rmod__(1),
    lambda: (1 + 2j).__divmod__(1),
    lambda: (1 + 2j).__rdivmod__('a'),
    lambda: (1 + 2j).__divmod__(),
    lambda: (1 + 2j).real,
    lambda: (1 + 2j).imag,
]
for case in cases:
    print(attempt(case))
s = slice(1, 5, 2)
print(s.start, s.stop, s.step, 'start' in dir(s), 'indices' in dir(slice))
