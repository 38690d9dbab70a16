# wraps and update_wrapper copy a function's identity onto its wrapper.
import functools

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        print('calling', func.__name__, len(args), kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name: str, punctuation: str = '!') -> str:
    """Return a greeting."""
    return 'Hello, ' + name + punctuation

greet.tag = 'inner attribute'
print(greet('Ada'), greet('Alan', punctuation='?'))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__, greet.__annotations__)
print(greet.__wrapped__('Bob'), greet.__wrapped__.__name__)

def plain(x):
    return x
plain.marker = 1
wrapped_plain = logged(plain)
print(wrapped_plain.__doc__, wrapped_plain.marker, sorted(wrapped_plain.__dict__))

class Outer:
    @logged
    def method(self, n):
        "Doubles."
        return n * 2
print(Outer().method(21), Outer.method.__qualname__, Outer.method.__doc__)

# update_wrapper with explicit lists, and a wrapped object lacking attributes.
def target():
    "target doc"
def shell():
    pass
result = functools.update_wrapper(shell, target, assigned=('__doc__',), updated=())
print(result is shell, shell.__name__, shell.__doc__, shell.__wrapped__ is target)

class CallableThing:
    def __call__(self):
        return 'thing'
thing = CallableThing()
def thing_wrapper():
    return thing()
functools.update_wrapper(thing_wrapper, thing)
print(thing_wrapper.__name__, thing_wrapper(), thing_wrapper.__wrapped__ is thing)

# Stacking: __wrapped__ points one level down.
@logged
@logged
def twice():
    "twice doc"
    return 'done'
print(twice(), twice.__name__, twice.__wrapped__.__wrapped__.__name__)

# Function attributes that wraps relies on.
def f(a, b=2, *, c=3):
    pass
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__dict__)
f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
f.__doc__ = 'new doc'
print(f.__name__, f.__qualname__, f.__doc__, repr(f).split(' at ')[0])
for attr, value in [('__name__', 3), ('__qualname__', None), ('__dict__', [])]:
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print('TypeError:', e)
try:
    f.nothing
except AttributeError as e:
    print('AttributeError:', e)
f.extra = 1
del f.extra
try:
    del f.extra
except AttributeError as e:
    print('AttributeError:', e)
print((lambda: 0).__name__, (lambda: 0).__doc__)

def annotated(a: int, /, b: 'text', *rest: float, key: None = None, **extra: bool) -> list:
    pass
print(annotated.__annotations__, f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
try:
    f.__annotations__ = 'no'
except TypeError as e:
    print('TypeError:', e)
