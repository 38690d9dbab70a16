# total_ordering fills in the missing comparisons from one of them and ==.
import functools

def table(cls, a, b):
    x, y = cls(a), cls(b)
    return [x < y, x <= y, x > y, x >= y, x == y, y < x, y <= x, y > x, y >= x]

@functools.total_ordering
class FromLt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v

@functools.total_ordering
class FromLe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v

@functools.total_ordering
class FromGt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

@functools.total_ordering
class FromGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v

for cls in [FromLt, FromLe, FromGt, FromGe]:
    print(cls.__name__, table(cls, 1, 2), table(cls, 2, 2))
    print(sorted(['__lt__', '__le__', '__gt__', '__ge__'],
                 key=lambda name: getattr(cls, name).__name__))
print(FromLt.__ge__.__name__, FromLt.__gt__.__qualname__, FromGe.__lt__.__name__)
print(sorted([FromLe(3), FromLe(1), FromLe(2)], key=lambda o: o)[0].v,
      max(FromGt(5), FromGt(9)).v)

# With several roots, the others are kept and the missing ones come from the greatest name.
@functools.total_ordering
class Two:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        print('lt')
        return self.v < other.v
    def __gt__(self, other):
        print('gt')
        return self.v > other.v
print(Two(1) <= Two(2), Two(1) >= Two(2))

# NotImplemented passes through, and Python then tries the reflected operation.
@functools.total_ordering
class Picky:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Picky) and self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, Picky):
            return NotImplemented
        return self.v < other.v
print(Picky.__gt__(Picky(1), 5), Picky.__le__(Picky(1), 'x'), Picky.__ge__(Picky(1), None))
try:
    Picky(1) >= 5
except TypeError as e:
    print('TypeError:', e)
try:
    Picky(1) <= 'x'
except TypeError as e:
    print('TypeError:', e)

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)

# Inherited comparisons count as defined.
class Base:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
@functools.total_ordering
class Child(Base):
    def __eq__(self, other):
        return self.v == other.v
print(Child(1) < Child(2), Child(2) <= Child(2), Child(3) > Child(2))

# cmp_to_key.
def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(sorted(words, key=functools.cmp_to_key(by_length_then_text)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_text), reverse=True))
Key = functools.cmp_to_key(lambda a, b: a - b)
print(Key(1) < Key(2), Key(2) <= Key(2), Key(3) == Key(3), Key(3) != Key(4), Key(5) > Key(1),
      Key(1) >= Key(2), Key(7).obj)
try:
    hash(Key(1))
except TypeError:
    print('unhashable')
print(min([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(type(Key(1)).__name__)
try:
    Key(1) < 1
except TypeError as e:
    print('TypeError:', e)
