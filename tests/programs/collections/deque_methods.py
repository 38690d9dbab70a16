from collections import deque

# Both ends, bounded and unbounded.
d = deque('abc')
d.append('d')
d.appendleft('z')
print(d, len(d), d[0], d[-1], d[2], 'c' in d, 'q' in d, list(reversed(d)))
print(d.pop(), d.popleft(), d)
for name in ('pop', 'popleft'):
    try:
        getattr(deque(), name)()
    except IndexError as e:
        print(name, 'IndexError:', e)

b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend(range(20, 23))
print(b)
b.extendleft('xy')
print(b)
try:
    b.insert(0, 'full')
except IndexError as e:
    print('IndexError:', e)
z = deque([1, 2], maxlen=0)
z.extend(iter(range(5)))
print(z, len(z), deque(maxlen=None).maxlen)

# extend with itself, extendleft's order, rotate both ways.
e = deque([1, 2, 3])
e.extend(e)
e.extendleft(e)
print(e)
r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-12)
print(r)
deque().rotate(5)

# Searching and in-place changes.
s = deque([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
print(s.count(5), s.count(7), s.index(5), s.index(5, 5), s.index(5, -3), s.index(1, 0, 2))
try:
    s.index(7)
except ValueError as e:
    print('ValueError:', e)
try:
    s.index(3, 1, 5)
except ValueError as e:
    print('ValueError:', e)
s.insert(2, 'two')
s.insert(-1, 'minus one')
s.insert(100, 'end')
s.insert(-100, 'start')
print(s)
s.remove(1)
print(s)
try:
    s.remove('absent')
except ValueError as e:
    print('ValueError:', e)
s.reverse()
print(s)
s[0] = 'first'
s[-1] = 'last'
del s[1]
del s[-2]
print(s)
for bad in (100, -100):
    for op in ('get', 'set', 'del'):
        try:
            if op == 'get':
                s[bad]
            elif op == 'set':
                s[bad] = 0
            else:
                del s[bad]
        except IndexError as e:
            print(op, bad, 'IndexError:', e)
try:
    s[1:2]
except TypeError as e:
    print('TypeError:', e)
try:
    s['x'] = 1
except TypeError as e:
    print('TypeError:', e)
s.clear()
print(s, bool(s), bool(deque([0])), len(s))

# Construction errors and attributes.
for args, kwargs in [((), {'maxlen': -1}), ((), {'maxlen': 'a'}), ((1,), {}),
                     (([], 2, 3), {}), ((), {'foo': 3})]:
    try:
        deque(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(deque(iterable=[1, 2], maxlen=5), deque([1, 2, 3], 2))
k = deque([1, 2, 3])
k.__init__('ab', 1)
print(k)
try:
    k.maxlen = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    hash(deque())
except TypeError as e:
    print('TypeError:', e)
print(deque.__name__, deque.__module__, deque, type(iter(k)).__name__,
      type(reversed(k)).__name__)
