# json.dumps and json.dump: every option, subclasses, keys, default, JSONEncoder subclasses.
import json
from collections import OrderedDict
from enum import IntEnum
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii

values = [None, True, False, 0, -7, 2 ** 100, -(3 ** 70), 0.1, 1e16, 1.5e-7, -0.0, 1e300,
          123456789.125, float('nan'), float('inf'), float('-inf'), '', 'plain',
          'quote " backslash \\ slash /', 'ctl \b\f\n\r\t\x00\x01\x1f\x7f',
          'caf\u00e9 \u4e2d\u6587 \U0001f600 \U00010000 \uffff', [], {}, (), [1, [2, [3]]],
          (1, 'two', 3.0), {'a': 1, 'b': [True, None]}]
for value in values:
    print(json.dumps(value), '|', json.dumps(value, ensure_ascii=False))

doc = {'name': 'x', 'items': [1, 2, {'deep': [], 'e': {}}], 'empty': [], 'n': None}
for indent in [None, 0, 2, 4, '\t', '--', '']:
    print(repr(json.dumps(doc, indent=indent)))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, indent=1, separators=(' ,', ' = ')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True, indent=2))
print(json.dumps({3: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null',
                  -0.0: 'negzero', 10 ** 20: 'big', float('inf'): 'inf', 1e16: 'e16'}))
print(json.dumps({2: 'b', 1: 'a', 10: 'c'}, sort_keys=True))
print(json.dumps({(1, 2): 'skipped', 'kept': 1, object(): 2, 3: 4}, skipkeys=True))
print(json.dumps({(1, 2): 'skipped'}, skipkeys=True, indent=2))


class Color(IntEnum):
    RED = 1
    GREEN = 2


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([Color.RED, Color.GREEN, MyInt(5), MyFloat(2.5), MyStr('s')]))
print(json.dumps({Color.GREEN: 'g', MyInt(3): 'i', MyFloat(0.5): 'f', MyStr('k'): MyList([1])}))
print(json.dumps(MyDict(a=MyList([MyDict(b=2)]))))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps([Color.RED], indent=1))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1, 2}, Point(Point(0, 0), None)], default=encode_point))
print(json.dumps({'p': Point(1, 2)}, default=encode_point, indent=2))


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({'p': Point(5, 6)}, cls=PointEncoder))
print(PointEncoder(sort_keys=True).encode({'b': Point(1, 1), 'a': 0}))
print(PointEncoder().encode('just a string \u00e9'))
print(JSONEncoder(ensure_ascii=False).encode('just a string \u00e9'))
print(''.join(JSONEncoder(indent=2).iterencode({'a': [1, 2]})))
print(''.join(JSONEncoder().iterencode([1, {'b': None}])))
print(json.dumps([float('nan'), 1], allow_nan=True))
print(json.dumps([[1]] * 3, check_circular=False))
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))

encoder = JSONEncoder()
print(encoder.item_separator, encoder.key_separator, encoder.indent, encoder.sort_keys,
      encoder.skipkeys, encoder.ensure_ascii, encoder.check_circular, encoder.allow_nan)
encoder = JSONEncoder(indent=3)
print(repr(encoder.item_separator), repr(encoder.key_separator))
print(encode_basestring('a"\u00e9\n'), encode_basestring_ascii('a"\u00e9\n\U0001f600'))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, chunk):
        self.parts.append(chunk)


writer = Writer()
json.dump({'a': [1, 2.5, 'x'], 'b': None}, writer)
print(''.join(writer.parts))
writer = Writer()
json.dump({'a': [1]}, writer, indent=2, sort_keys=True)
print(''.join(writer.parts))
with open('pylift_json_dumps.tmp', 'w') as f:
    json.dump(['file', {'n': 1}], f)
with open('pylift_json_dumps.tmp') as f:
    print(f.read())
