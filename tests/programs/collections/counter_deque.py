from collections import Counter, deque

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(Counter('aab').elements()))
c.update('aaz')
c.update({'b': 10})
c.update(q=3)
print(c)
c.subtract('aaaa')
c.subtract({'q': 5})
print(c)
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b, +a, -a)
a += Counter(c=5)
print(a)
a -= Counter(a=10)
print(a)
del a['nothing']
del a['b']
print(a, Counter(), Counter({'x': 2}), Counter(x=1) == {'x': 1})
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.count(7), d.index(7))
d.insert(1, 'x')
d.remove('x')
d.reverse()
print(d)
d[0] = 'first'
del d[1]
print(d, d.maxlen)
d.clear()
print(d, bool(d))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
m.appendleft(-9)
print(m)
m.extend(range(10, 20))
print(m, deque(maxlen=0), deque('ab', 2) == deque('ab'), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
for call in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
             lambda: deque([1]).remove(3), lambda: deque([1]).index(3),
             lambda: m.insert(0, 1), lambda: deque([], -1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
