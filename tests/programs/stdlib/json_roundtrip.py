# Generated nested documents dumped and loaded again with several option sets: each must come
# back equal, and the dumps themselves are printed.
import json
import random

rng = random.Random(1234)
ALPHABET = 'ab Z09"\\/\n\t\x00\x1f\x7f\u00e9\u00ff\u0100\u4e2d\u20ac\ufffe\U0001f600\U00010348'
SPECIAL_FLOATS = [0.1, 1e16, -0.0, 0.0, 1e-7, 1.7976931348623157e308, 5e-324, 2.5, -1e22,
                  123456.789, 1e15, 0.30000000000000004]
SPECIAL_INTS = [0, -1, 2 ** 53 + 1, -(2 ** 64), 10 ** 30 + 7, 2 ** 200, 255]


def make_string():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(6)))


def make_scalar():
    kind = rng.randrange(8)
    if kind == 0:
        return rng.choice(SPECIAL_FLOATS)
    if kind == 1:
        return rng.choice(SPECIAL_INTS)
    if kind == 2:
        return rng.randrange(-1000, 1000)
    if kind == 3:
        return rng.random() * 10 ** rng.randrange(-5, 25)
    if kind == 4:
        return rng.choice([None, True, False])
    return make_string()


def make_value(depth):
    if depth <= 0 or rng.random() < 0.3:
        return make_scalar()
    if rng.random() < 0.5:
        return [make_value(depth - 1) for _ in range(rng.randrange(4))]
    return {make_string(): make_value(depth - 1) for _ in range(rng.randrange(4))}


OPTIONS = [{}, {'ensure_ascii': False}, {'indent': 1, 'sort_keys': True},
           {'separators': (',', ':')}, {'indent': '\t', 'ensure_ascii': False}]

mismatches = 0
for number in range(300):
    document = make_value(4)
    options = OPTIONS[number % len(OPTIONS)]
    text = json.dumps(document, **options)
    back = json.loads(text)
    if back != document or json.dumps(back, **options) != text:
        mismatches += 1
        print('MISMATCH', number, repr(document))
    if number % 3 == 0:
        print(number, text if 'indent' not in options else repr(text))
print('mismatches:', mismatches)
print(json.loads(json.dumps(-0.0)), json.dumps(json.loads('-0.0')), json.loads('1E400'))
print(json.loads(json.dumps([2 ** 1000]))[0] == 2 ** 1000)

# Deep nesting decodes and encodes as deep as in CPython (one recursion level per container).
deep = json.loads('[' * 900 + ']' * 900)
print(json.dumps(deep) == '[' * 900 + ']' * 900)
deep = json.loads('{"k": ' * 900 + '0' + '}' * 900)
print(len(json.dumps(deep)), len(json.dumps(deep, indent=1)))
