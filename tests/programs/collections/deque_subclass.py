from collections import deque


class History(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, size)
        self.label = 'h'

    def push(self, x):
        self.append(x)
        return self


h = History('abcde')
print(h, h.label, len(h), h.maxlen, isinstance(h, deque), type(h).__name__)
h.push('f').push('g')
print(h, list(h), h[0], list(reversed(h)))
c = h.copy()
print(c, type(c).__name__, c.label)
print(h + h, type(h + h).__name__, type(h * 2).__name__)
h += 'xyz'
print(h, type(h).__name__)


class Plain(deque):
    pass


p = Plain([1, 2, 3])
p.extra = 'attr'
print(p, p.extra, p == deque([1, 2, 3]), p.pop(), p.popleft(), p)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


class Shown(deque):
    def __repr__(self):
        return 'Shown' + str(list(self))

    def __len__(self):
        return 42


s = Shown([1])
print(s, repr([s]), len(s), bool(Shown()))

# A cycle through a subclass instance's dict and items.
import gc
q = Plain()
q.me = q
q.append(q)
del q
print(gc.collect() >= 1)
