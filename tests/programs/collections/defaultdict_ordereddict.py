from collections import defaultdict, OrderedDict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d.default_factory, d['zz'], len(d))
print(repr(defaultdict(int)), defaultdict(None, {1: 2}), defaultdict())
c = defaultdict(int, {'x': 1}, y=2)
c['z'] += 5
print(c, c.copy(), type(c.copy()).__name__, isinstance(c, dict))
print(c == {'x': 1, 'y': 2, 'z': 5}, 'q' in c, c.get('q'), c.__missing__('w'), c['w'])
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
c.default_factory = lambda: 'new'
print(c['n'])


class Sub(defaultdict):
    pass


print(Sub(set, a={1}))

o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end('b')
print(o)
o.move_to_end('b', last=False)
print(o)
try:
    o.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1))
p, q = OrderedDict([('x', 1), ('y', 2)]), OrderedDict([('y', 2), ('x', 1)])
print(p == q, p == dict(q), dict(p) == q, p != q, p == OrderedDict(p))
print(OrderedDict.fromkeys('abc', 0), p.copy(), list(reversed(p)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
