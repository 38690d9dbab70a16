# object.__reduce_ex__ imports copyreg when it needs it, without the program importing it.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print('copyreg' in sys.modules)
func, args, state, items, pairs = p.__reduce_ex__(2)
print(func.__name__, func.__module__, args, state, items, pairs)
print('copyreg' in sys.modules)
func, args, state = p.__reduce_ex__(1)
print(func.__name__, args, state)
print(getattr(p, '__reduce__')()[0].__name__)
copyreg = sys.modules['copyreg']
print(func is copyreg._reconstructor, p.__reduce_ex__(2)[0] is copyreg.__newobj__)
