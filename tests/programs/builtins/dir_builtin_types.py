# dir() of builtin objects and types, of instances and of classes: sorted, from what the
# types have (their methods, slot wrappers and members, and object's attributes).


class C:
    cls_attr = 1

    def method(self):
        pass


class Slotted:
    __slots__ = ('a',)


c = C()
c.x = 1
for obj in [object(), c, object, C, Slotted, Slotted()]:
    print(dir(obj))
# The methods and members of the builtin types.
for obj in [1, 1.5, 'text', [], (), {}, set(), b'', True, None]:
    print(type(obj).__name__, [n for n in dir(obj) if not n.startswith('__')])
    print(set(dir(object)) <= set(dir(obj)), dir(obj) == dir(type(obj)))
print('__add__' in dir(1), '__getitem__' in dir([]), '__len__' in dir(str), 'real' in dir(2.5))
print(object.__lt__ is object.__lt__, C.__lt__ is object.__lt__, object().__lt__(1))
print(sorted(object().__dir__()) == dir(object()), sorted(c.__dir__()) == dir(c))
print(len(dir(object())), type(object().__dir__()).__name__)
