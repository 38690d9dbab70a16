from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
c = ChainMap(args, defaults)
print(c, c['user'], c['color'], len(c), sorted(c), 'color' in c, c.get('nope', 0))
print(list(c.keys()), list(c.values()), list(c.items()))
child = c.new_child()
child['color'] = 'blue'
print(child, child['color'], c['color'], child.parents, child.maps[0])
del child['color']
print(child['color'], bool(ChainMap()), ChainMap(), c == {'user': 'admin', 'color': 'red'})
for call in [lambda: c['missing'], lambda: child.__delitem__('x'), lambda: ChainMap().popitem(),
             lambda: c.pop('nope')]:
    try:
        call()
    except KeyError as e:
        print('KeyError:', e)
print(c.pop('user'), c, ChainMap.fromkeys('ab', 1), c.copy())
c.clear()
print(c)
