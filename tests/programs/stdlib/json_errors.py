# json's errors: JSONDecodeError's message, position, line and column for each kind of
# malformed document, and the encoder's TypeErrors and ValueErrors.
import json
from json.decoder import JSONDecodeError, JSONDecoder

print(issubclass(JSONDecodeError, ValueError), JSONDecodeError.__module__)

documents = [
    '', '   ', 'x', '[', ']', '{', '}', '[1,', '[1,]', '[1 2]', '[1,,2]', '{"a" 1}', '{"a": }',
    '{"a": 1,}', '{"a": 1 "b": 2}', '{a: 1}', "{'a': 1}", '{"a": 1} x', '[1] [2]', '1 2',
    '"abc', '"abc\\', '"a\\"', '"a\x01b"', '"tab\there"', '"new\nline"', '"\\x41"', '"\\a"',
    '"\\u12"', '"\\u12zz"', '"\\u12345"', '"\\uzzzz"',
    '"\\ud83d\\uzzzzzz"', '"\\ud83d\\ude00\\u00"',
    'nul', 'tru', 'fals', 'Nan', 'infinity', '-', '-x', '+1', '.5', '01', '1.', '1.e3',
    '1e', '1e+', '0x10', '[1.5e]', '[-]', '{"a":[1,{"b":}]}', '\ufeff[1]',
    '[\n  1,\n  2\n  3\n]', '{\n"a": 1,\n\n"b" 2}', '\n\n   @', '[1, 2]\n\n  extra',
    '{"a": "x\n"}', '[true false]', '["a" "b"]', '{"k": nulll}', '{"":', '{"a"',
    '{"a":', '{"a":1', '[1', '"\\', '"\\u', '"\\u0041',
    '{"\u00e9": 1, \u00e9}', '["\u00e9\x01"]', '"\u00e9\\\u00e9"', '[1, "na\u00efve"] ~',
    '["~\u4e2d~", "\U0001f600"', '\u00e9', '[1,\n "\u00e9",\n \u00e9]', '"\u00e9\\u00e9"',
    '{"~": "\u00e9~\\n\u00e9", "k": [\u00e9]}',
]
for text in documents:
    try:
        result = json.loads(text)
        print(repr(text), 'ok', repr(result))
    except JSONDecodeError as e:
        print(repr(text), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == text)

for data in [b'[1, 2', b'\xff', b'"\xc3"', b'\x00\x00\x00[', b'\xff\xfe[\x00', b'[\x00\x00\x00',
             b'\xff\xfe\x00\x00\x00\x00\x11\x00']:
    try:
        print(data, json.loads(data))
    except ValueError as e:
        print(data, type(e).__name__, e)

for value in [None, 1, 1.5, [b'x'], object(), {'a': 1}.keys(), memoryview(b'')]:
    try:
        json.loads(value)
    except TypeError as e:
        print(e)

try:
    JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print(type(e).__name__, e)

error = JSONDecodeError('Custom', 'ab\ncd\nef', 7)
print(error, error.args, error.lineno, error.colno)
print(error.__reduce__()[1])


def attempt(function):
    try:
        print(function())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Thing:
    pass


attempt(lambda: json.dumps(Thing()))
attempt(lambda: json.dumps({'a': [1, {2, 3}]}))
attempt(lambda: json.dumps(b'bytes'))
attempt(lambda: json.dumps([1j], indent=2))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({(1, 2): 3}, indent=2))
attempt(lambda: json.dumps({b'k': 3}, sort_keys=True))
attempt(lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
attempt(lambda: json.dumps({'b': 2, 1: 'a'}, sort_keys=True))
attempt(lambda: json.dumps({1: 'a', None: 2}, sort_keys=True, indent=1))
attempt(lambda: json.dumps(float('nan'), allow_nan=False))
attempt(lambda: json.dumps([1, float('inf')], allow_nan=False))
attempt(lambda: json.dumps({'a': float('-inf')}, allow_nan=False, indent=2))
attempt(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
attempt(lambda: json.dumps({float('inf'): 1}, allow_nan=False, sort_keys=True, indent=0))
attempt(lambda: json.JSONEncoder(allow_nan=False).encode([float('inf')]))
attempt(lambda: ''.join(json.JSONEncoder(allow_nan=False).iterencode([float('inf')])))
attempt(lambda: json.dumps(Thing(), default=lambda o: 'thing'))
attempt(lambda: json.dumps(Thing(), default=lambda o: o))

loop = []
loop.append(loop)
attempt(lambda: json.dumps(loop))
attempt(lambda: json.dumps(loop, indent=2))
cycle = {'a': {}}
cycle['a']['b'] = cycle
attempt(lambda: json.dumps(cycle))
attempt(lambda: json.dumps([Thing()], default=lambda o: [o]))


class Bad:
    pass


class Nested:
    pass


attempt(lambda: json.dumps([Nested()], default=lambda o: Bad() if isinstance(o, Nested) else 5))
attempt(lambda: json.dumps({'x': Bad()}, default=json.JSONEncoder().default))
