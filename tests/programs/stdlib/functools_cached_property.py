# cached_property computes once per instance and stores the value in the instance's __dict__.
import functools

class Dataset:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        "The sum of the values."
        print('summing', self.values)
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, d.__dict__)
d.total = 100
print(d.total)
del d.total
print(d.total)
e = Dataset([10])
print(e.total, d.total)
prop = Dataset.__dict__['total']
print(type(prop).__name__, prop.attrname, prop.__doc__, Dataset.total is prop, prop.func.__name__)

def compute(self):
    return 1
shared = functools.cached_property(compute)
try:
    class TwoNames:
        a = shared
        b = shared
except RuntimeError as e:
    print('RuntimeError:', e, '/', e.__cause__)
except TypeError as e:
    print('TypeError:', e)

loose = functools.cached_property(compute)
try:
    loose.__get__(Dataset([]), Dataset)
except TypeError as e:
    print('TypeError:', e)
