# lru_cache: hits, misses, eviction order, typed keys, statistics.
import functools

calls = []

@functools.lru_cache(maxsize=2)
def square(x):
    "Squares."
    calls.append(x)
    return x * x

print([square(n) for n in [1, 2, 1, 3, 2, 1]], calls)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (3, 3, 2, 2), info[0], len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, tuple(info))
print(square.__name__, square.__doc__, square.__wrapped__(9), square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=None)
def unbounded(*args, **kwargs):
    return len(args) + len(kwargs)
for call in [(1,), (1,), (1, 2), ((1, 2),)]:
    unbounded(*call)
unbounded(a=1)
unbounded(a=1)
unbounded(1, a=1)
print(unbounded.cache_info())

@functools.lru_cache(maxsize=0)
def never(x):
    return x
never(1)
never(1)
print(never.cache_info())

@functools.lru_cache(maxsize=-5)
def negative(x):
    return x
negative(1)
print(negative.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
@functools.lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())

@functools.lru_cache(maxsize=3)
def keyed(a, b=0, *, c=0):
    return (a, b, c)
print(keyed(1), keyed(1, 0), keyed(1, b=0), keyed(a=1), keyed(1, c=0), keyed.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    functools.lru_cache('big')
except TypeError as e:
    print('TypeError:', e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.lru_cache(maxsize=8)
    def area(self, scale):
        print('computing area', self.r, scale)
        return 3 * self.r * self.r * scale
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return self.r == other.r
c = Circle(2)
print(c.area(1), c.area(1), Circle(2).area(1), Circle(3).area(1), Circle.area.cache_info())

# Eviction removes the least recently used entry.
@functools.lru_cache(maxsize=3)
def ident(x):
    print('miss', x)
    return x
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    ident(x)
print(ident.cache_info())
