# Every operator function and its dunder alias, on ints, floats, sequences and user classes.
import operator
from operator import itemgetter, attrgetter, methodcaller

binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
          'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not']
for name in binary:
    f = getattr(operator, name)
    print(name, f(12, 5), f(7, 3))
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
             'and', 'or', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    dunder = getattr(operator, '__%s__' % name)
    plain = getattr(operator, name + '_' if name in ('and', 'or') else name)
    print(name, dunder is plain, dunder(9, 4))
for name in ['neg', 'pos', 'abs', 'invert', 'inv', 'not_', 'truth', 'index']:
    f = getattr(operator, name)
    print(name, f(-6), f(0) if name != 'index' else f(True))
print(operator.__neg__(3), operator.__pos__(-3), operator.__abs__(-3), operator.__inv__(3),
      operator.__invert__(3), operator.__not__(3), operator.__index__(7))
print(operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, -1))
print(operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.__concat__((1,), (2,)))
print(operator.contains([1, 2], 2), operator.__contains__('abc', 'z'))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf('hello', 'l'))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([nan], nan))

data = [1, 2, 3, 4]
operator.setitem(data, 0, 'x')
operator.__setitem__(data, slice(1, 3), ['y'])
print(data, operator.getitem(data, -1), operator.getitem('abc', slice(None, None, -1)))
operator.delitem(data, 0)
operator.__delitem__(data, slice(0, 1))
print(data, operator.__getitem__({'k': 'v'}, 'k'))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 9))

class Hint:
    def __length_hint__(self):
        return 4
class NoHint:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(Hint()), operator.length_hint(NoHint(), 2))

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __imatmul__(self, other):
        self.xs = [self @ other]
        return self
    def __repr__(self):
        return 'Vec%r' % (tuple(self.xs),)
print(operator.matmul(Vec(1, 2), Vec(3, 4)), operator.__matmul__(Vec(1), Vec(5)))
v = Vec(1, 2)
print(operator.imatmul(v, Vec(1, 1)), v)

# In-place forms: mutate mutable operands, return new immutable ones.
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iconcat(lst, [3]), lst)
print(operator.imul([0], 3), operator.isub(10, 3), operator.itruediv(7, 2),
      operator.ifloordiv(7, 2), operator.imod(7, 4), operator.ipow(2, 10),
      operator.ilshift(1, 4), operator.irshift(64, 2), operator.iand(12, 10),
      operator.ior(12, 3), operator.ixor(12, 10))
s = {1, 2}
print(operator.ior(s, {3}), s, operator.__iand__({1, 2}, {2}), operator.__ixor__({1}, {2}))
print(operator.__iadd__('a', 'b'), operator.__isub__(5, 1), operator.__imul__(2, 3),
      operator.__itruediv__(1, 4), operator.__ifloordiv__(9, 2), operator.__imod__(9, 2),
      operator.__ipow__(3, 2), operator.__ilshift__(1, 1), operator.__irshift__(4, 1),
      operator.__ior__(1, 2), operator.__iconcat__([1], [2]))

# itemgetter, attrgetter, methodcaller.
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)))
print(itemgetter(1)('xyz'), itemgetter(0, 2)('xyz'), itemgetter('k', 'j')({'k': 1, 'j': 2}))
print(itemgetter(slice(1, None))([1, 2, 3]))
print(repr(itemgetter(1)), repr(itemgetter('a', 2)), repr(itemgetter(slice(1, 2))))

class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
people = [Person(Name('Ada', 'Lovelace'), 36), Person(Name('Alan', 'Turing'), 41)]
print([attrgetter('age')(p) for p in people], [attrgetter('name.last')(p) for p in people])
print(attrgetter('name.first', 'age')(people[1]))
print(repr(attrgetter('age')), repr(attrgetter('name.first', 'age')))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'),
      methodcaller('replace', 'a', 'o', 1)('banana'))
print(methodcaller('format', 1, y=2)('{}-{y}'))
print(repr(methodcaller('split')), repr(methodcaller('split', ',', maxsplit=1)))
print(operator.is_(Ellipsis, Ellipsis), Ellipsis, NotImplemented)
