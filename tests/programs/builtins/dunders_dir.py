# sorted(dir()) of the builtin types and of their instances, as CPython 3.8 lists them.
# __reduce__, __reduce_ex__ and __getnewargs__ (pickling's hooks) are left out: they come
# with copy and pickle support, which their own tests cover.
PICKLING = {'__reduce__', '__reduce_ex__', '__getnewargs__'}


def names(obj):
    return [n for n in dir(obj) if n not in PICKLING]


samples = [
    object(), 5, True, 1.5, 1j, 'text', b'bytes', bytearray(b'ab'), (1,), [1], {1: 2},
    {1}, frozenset({1}), range(3), slice(1, 2), None, NotImplemented, ...,
    enumerate([]), zip(), map(len, []), filter(None, []), iter(len, 0),
]
for value in samples:
    t = type(value)
    print(t.__name__, names(t))
    print(names(value) == names(t))
# The iterators' own methods (their __length_hint__ and pickling's __setstate__ aside).
for it in [iter([]), iter(()), iter(''), iter(set()), iter({}), iter({}.items()), reversed([]),
           enumerate([]), iter(range(3))]:
    print(type(it).__name__, [n for n in ['__iter__', '__next__'] if n in dir(it)])
it = iter(range(3))
print(it.__next__(), it.__iter__() is it, it.__length_hint__(), list(it), it.__length_hint__())
for it in [iter([]), iter({}), enumerate(()), zip(), iter(range(0))]:
    try:
        it.__next__()
    except StopIteration as e:
        print(type(it).__name__, 'StopIteration', e.args)
