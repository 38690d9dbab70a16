# singledispatch picks the implementation registered for the nearest class in the MRO.
import functools

@functools.singledispatch
def describe(obj, verbose=False):
    "Describe an object."
    return 'object ' + repr(obj)

@describe.register(int)
def _(obj, verbose=False):
    return 'int %d%s' % (obj, ' (verbose)' if verbose else '')

@describe.register(list)
def describe_list(obj, verbose=False):
    return 'list of %d: %s' % (len(obj), ', '.join(describe(x) for x in obj))

def describe_str(obj, verbose=False):
    return 'str ' + obj
result = describe.register(str, describe_str)

class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
@describe.register(Animal)
def _(obj, verbose=False):
    return 'animal ' + type(obj).__name__
@describe.register(Dog)
def _(obj, verbose=False):
    return 'dog ' + type(obj).__name__

print(describe(3), describe(3, verbose=True), describe(True), describe('s'), describe(2.5))
print(describe([1, 'a', [None]]), describe(Animal()), describe(Dog()), describe(Puppy()))
print(result is describe_str, describe.__name__, describe.__doc__, describe_list.__name__)
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__,
      describe.dispatch(Puppy)(Puppy()))
print(sorted(cls.__name__ for cls in describe.registry), describe.registry[str] is describe_str,
      object in describe.registry, len(describe.registry))

# Registering later replaces the cached choice.
@describe.register(bool)
def _(obj, verbose=False):
    return 'bool ' + str(obj)
print(describe(True), describe(1))

@describe.register
def _(obj: float, verbose=False):
    return 'float %.1f' % obj
print(describe(2.5), describe.registry[float].__annotations__)
try:
    @describe.register
    def _(obj: 3):
        return ''
except TypeError as e:
    print('TypeError:', e)
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
try:
    @describe.register
    def unannotated(obj):
        return 'x'
except TypeError as e:
    print('TypeError:', str(e).split(':')[0])

class Shape:
    @functools.singledispatch
    def area(arg):
        return 'unknown'
@Shape.area.register(tuple)
def _(arg):
    return arg[0] * arg[1]
print(Shape.area((2, 3)), Shape.area(None))
