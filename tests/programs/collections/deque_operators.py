from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4], maxlen=5)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], deque() < deque([0]), deque([2]) > deque([1, 9]))
try:
    a < [1]
except TypeError as e:
    print('TypeError:', e)

print(a + b, b + a, a * 2, 2 * a, a * 0, b * 3)
try:
    a + [4]
except TypeError as e:
    print('TypeError:', e)
c = a
c += 'xy'
print(c is a, a)
c *= 2
print(c is a, a)
m = deque([1, 2], maxlen=3)
m *= 2
print(m)
m += range(10)
print(m)
m *= -1
print(m)

x = deque([[1], [2]], maxlen=7)
for y in (x.copy(), x.__copy__(), deque(x, x.maxlen)):
    print(y, y == x, y is x, y[0] is x[0], y.maxlen)
print(x.__reduce__()[:3], list(x.__reduce__()[3]))

# Recursive reprs.
r = deque()
r.append(r)
r.append([r])
print(r)
r.clear()

# Iteration and mutation.
it = iter(deque([1, 2, 3]))
print(next(it), list(it), list(it))
d = deque([1, 2, 3])
for change in ('append', 'popleft', 'rotate', 'insert', 'del', 'reverse', 'set'):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    if change == 'append':
        d.append(4)
    elif change == 'popleft':
        d.popleft()
    elif change == 'rotate':
        d.rotate()
    elif change == 'insert':
        d.insert(1, 0)
    elif change == 'del':
        del d[0]
    elif change == 'reverse':
        d.reverse()
    else:
        d[2] = 'x'
    try:
        print(change, list(it))
    except RuntimeError as e:
        print(change, 'RuntimeError:', e)
rit = reversed(deque('abc'))
print(next(rit), list(rit))


class Evil:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(None)
        return False


t = deque([1, 2])
t.append(Evil(t))
for probe in ('count', 'index', 'in'):
    try:
        if probe == 'count':
            t.count(3)
        elif probe == 'index':
            t.index(3)
        else:
            3 in t
    except RuntimeError as e:
        print(probe, 'RuntimeError:', e)
t.clear()

# Cycles through deques are collected.
import gc
gc.collect()
for i in range(3):
    loop = deque()
    loop.append(loop)
    pair = deque([deque()])
    pair[0].append(pair)
del loop, pair
print(gc.collect() >= 2)
