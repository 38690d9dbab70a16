# reduce and partial.
import functools
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []), reduce(max, [3], 0), reduce(max, [], 7))
print(reduce(operator.add, (c for c in 'xyz')), reduce(operator.add, ['only']))
for args in [(operator.add, []), (operator.add, 5), (operator.add, [1, 'a']), (max, [], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError:', e)

def power(base, exponent, *, mod=None):
    return pow(base, exponent, mod)

square = partial(power, exponent=2)
cube_mod = partial(power, exponent=3, mod=5)
two_to = partial(power, 2)
print(square(7), cube_mod(4), two_to(10), two_to(exponent=5))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
print(square(3, exponent=3))

# Nested partials flatten into one.
p = partial(max, 1, key=abs)
q = partial(p, -9)
print(repr(p))
print(repr(q), q.func is max, q.args, q.keywords, q(4))
r = partial(partial(partial(sorted), [3, 1, 2]), reverse=True)
print(repr(r), r(), r.args, r.keywords)
print(repr(partial(min)), repr(partial(print, sep='-', end='!\n')))
partial(print, sep='-', end='!\n')(1, 2)

# partial objects have a __dict__ and are not methods of classes.
p.note = 'kept'
print(p.note, p.__dict__)
class Holder:
    show = partial(print, 'holder')
Holder().show('called')
Holder.show('on class')

class MyPartial(partial):
    pass
mp = MyPartial(min, 5)
print(repr(mp), mp(3), mp(9), type(mp).__name__)
print(repr(partial(mp, 1)))

for bad in [(), (1,), ('text', 1)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(callable(p), functools.partial is partial)
