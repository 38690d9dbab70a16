# The dunders of dict views as methods, their set operators, and dir() of each view.
d = {'a': 1, 'b': 2, 'c': 3}
for view in [d.keys(), d.values(), d.items()]:
    print(type(view).__name__, dir(view))
    print(view.__len__(), list(view.__iter__()), list(view.__reversed__()))

keys, items = d.keys(), d.items()
print(keys.__contains__('a'), keys.__contains__('z'), items.__contains__(('a', 1)),
      items.__contains__(('a', 2)), items.__contains__('a'))
print(sorted(keys & {'a', 'z'}), sorted({'a', 'z'} & keys), sorted(keys & ['b']))
print(sorted(keys | ['z']), sorted(['z'] | keys), sorted(keys - {'a'}), sorted({'a', 'z'} - keys))
print(sorted(keys ^ {'a', 'z'}), sorted(('a', 'z') ^ keys))
print(sorted(items & {('a', 1), ('b', 0)}), sorted(items - {('a', 1)}), len(items | {1}))
print(type(keys & set()).__name__, type(items | ()).__name__)
print(sorted(keys.__and__({'b'})), sorted(keys.__rand__(['c'])), sorted(keys.__or__(['x'])),
      sorted(keys.__ror__(['y'])), sorted(keys.__sub__('a')), sorted(keys.__rsub__('az')),
      sorted(keys.__xor__('az')), sorted(keys.__rxor__('bz')))
print(keys.isdisjoint(['x']), items.isdisjoint([('a', 1)]))
print(sorted(keys & d.keys()), sorted(keys - d.keys()), keys == {'a', 'b', 'c'})
print({'a', 'b', 'c'} == keys, keys < frozenset('abcd'), frozenset('ab') < keys, items != {('a', 1)},
      keys == ['a', 'b', 'c'])

for op in [lambda: keys & 5, lambda: 5 | items, lambda: d.values() & {1}]:
    try:
        op()
    except TypeError as e:
        print('TypeError', e)

it = d.values().__reversed__()
print(type(it).__name__, list(it), type(reversed(d.items())).__name__)
