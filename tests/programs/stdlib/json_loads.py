# json.loads and json.load: values, hooks, parse functions, bytes input in each encoding.
import json
from collections import OrderedDict
from json.decoder import JSONDecoder


def show(text, **kw):
    value = json.loads(text, **kw)
    print(repr(text), '->', repr(value), type(value).__name__)


for text in ['0', '-0', '12', '-12', '1.5', '-0.0', '1e3', '1E-3', '2.5e+2', '1e400', '-1e400',
             '123456789012345678901234567890', '-98765432109876543210', '0.1', '1e16',
             '3.141592653589793', 'true', 'false', 'null', '""', '"abc"', '[]', '{}',
             ' [1 , 2 ,3 ] ', '\n{"a" :\t1,"b":[true,false,null]}\r\n',
             '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4e2d\\ud83d\\ude00"', '"\\uD83D\\uDE00x"',
             '"caf\u00e9 \U0001f600"', '[[[[]]], {"a": {"b": {}}}]', 'NaN', 'Infinity',
             '-Infinity', '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2, "b": 3, "a": 4}',
             '"\\u0041\\u0062"', '[1.0, 10, 1.25e-5]',
             '{"~\u00e9~": ["a~b", "\u4e2d\\n\u6587~", "\\u00e9\u00e9"]}']:
    show(text)

big = json.loads('[' + '9' * 60 + ', -' + '1' * 45 + ']')
print(big, big[0] + 1)

print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}, "z": []}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.5, 2, 1e2, 7]', parse_float=lambda s: 'float:' + s))
print(json.loads('[1.5, 2, -3, 7]', parse_int=lambda s: 'int:' + s))
print(json.loads('[1.5, 2, -3, 7]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: name.lower()))
print(json.loads('"a\tb\nc"', strict=False))
print(json.loads('{"k\x01": "\x1f"}', strict=False))


class Pairs(JSONDecoder):
    def __init__(self, **kw):
        kw['object_pairs_hook'] = tuple
        super().__init__(**kw)


print(json.loads('{"a": {"b": 2}}', cls=Pairs))
print(json.loads(' 7', cls=JSONDecoder, parse_int=lambda s: int(s) * 2))

decoder = JSONDecoder()
print(decoder.decode('  [1, "two"]  '))
print(decoder.raw_decode('{"a": 1} trailing'))
print(decoder.raw_decode('xx[2, 3]yy', 2))
print(decoder.raw_decode('"s"'))
print(decoder.strict, decoder.object_hook, decoder.parse_float is float, decoder.parse_int is int)

for data in [b'{"\xc3\xa9": [1]}', bytearray(b'[1, 2]'), b'"x"', b'5', b'12',
             b'\xff\xfe{\x00"\x00\xe9\x00=\xd8\x00\xde"\x00:\x00 \x00[\x001\x00]\x00}\x00',
             b'{\x00"\x00\xe9\x00=\xd8\x00\xde"\x00:\x00 \x00[\x001\x00]\x00}\x00',
             b'\x00{\x00"\x00\xe9\xd8=\xde\x00\x00"\x00:\x00 \x00[\x001\x00]\x00}',
             b'\xff\xfe\x00\x00{\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00"\x00'
             b'\x00\x00:\x00\x00\x00'
             b' \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00',
             b'{\x00\x00\x00"\x00\x00\x00\xe9\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00:\x00\x00\x00'
             b' \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}\x00\x00\x00',
             b'\x00\x00\x00{\x00\x00\x00"\x00\x00\x00\xe9\x00\x01\xf6\x00\x00\x00\x00"\x00\x00\x00'
             b':\x00\x00\x00 \x00\x00\x00[\x00\x00\x001\x00\x00\x00]\x00\x00\x00}',
             b'\xef\xbb\xbf{"\xc3\xa9\xf0\x9f\x98\x80": [1]}', b'1\x00', b'\x001']:
    print(data, '->', json.loads(data), json.detect_encoding(data))


class Reader:
    def read(self):
        return '{"from": "a file", "n": [1, 2]}'


print(json.load(Reader()))
print(json.load(Reader(), object_pairs_hook=list))
with open('pylift_json_loads.tmp', 'w') as f:
    f.write('[{"x": 1.5}, "\\u00fc"]')
with open('pylift_json_loads.tmp') as f:
    print(json.load(f))
with open('pylift_json_loads.tmp', 'rb') as f:
    print(json.load(f))
