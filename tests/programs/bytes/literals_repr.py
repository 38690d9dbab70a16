# bytes literals, repr, and the sequence behaviour of bytes and bytearray.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("== literals")
print(b'abc', B"abc", rb'a\nb', Rb"\x00", br'\d', b'''tri'ple''')
print(b'implicit' b" concatenation" rb' \raw')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\x0b\x0c', b'\\', b'\'', b"\"")
print(b'\101\102\0', b'line\
continued', b'\u00e9', len(b'\u00e9'))
print(b'', bytes(), bytearray(), bytearray(b''))

print("== repr quotes")
for raw in [b'plain', b"it's", b'say "hi"', b'both \' and "', b'\'', b'"']:
    print(repr(raw), repr(bytearray(raw)))
print(str(b'abc'), "%s|%r" % (b'x', bytearray(b'y')), "{}".format(b'z'), f"{b'f'!r}")
print(format(b'abc', ''), repr(b'\xe9'))
attempt("format spec", lambda: format(b'abc', '10'))

print("== indexing and slicing")
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[1:4], b[:5], b[6:], b[::2], b[::-1], b[-3:], b[5:1], b[100:])
ba = bytearray(b)
print(ba[0], ba[-1], ba[1:4], ba[::-2], type(ba[2:]).__name__)
attempt("b[20]", lambda: b[20])
attempt("b[-20]", lambda: b[-20])
attempt("b['x']", lambda: b['x'])
attempt("b[1.0]", lambda: b[1.0])
attempt("ba[20]", lambda: ba[20])
attempt("ba['x']", lambda: ba['x'])
attempt("b[::0]", lambda: b[::0])

print("== operators")
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' + memoryview(b'mv'), bytearray(b'x') + memoryview(b'y'))
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, bytearray(b'xy') * 2)
attempt("b + str", lambda: b'a' + 'b')
attempt("b + int", lambda: b'a' + 1)
attempt("ba + str", lambda: bytearray(b'a') + 'b')
attempt("str + b", lambda: 'a' + b'b')
attempt("b * str", lambda: b'a' * 'b')
attempt("b * float", lambda: b'a' * 1.5)
attempt("b * huge", lambda: b'ab' * (2 ** 62))
print(b'ell' in b, 111 in b, b'' in b, b'xyz' in b, bytearray(b'lo') in b, 0 in b)
attempt("str in b", lambda: 'h' in b)
attempt("300 in b", lambda: 300 in b)
attempt("list in b", lambda: [1] in b)

print("== comparisons")
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc')
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc', bytearray(b'a') < b'b')
print(b'abc' == 'abc', bytearray(b'a') == 'a', b'' == bytearray(), b'\xff' > b'\x7f')
print(b'abc' <= b'abc', b'abc' >= b'abd', bytearray(b'b') >= bytearray(b'a'))
attempt("b < str", lambda: b'a' < 'a')
attempt("ba < str", lambda: bytearray(b'a') < 'a')
attempt("b < int", lambda: b'a' < 1)

print("== hashing")
print(hash(b'abc') == hash('abc'), hash(b'') == 0, hash(b'\xff\x00') == hash('\xff\x00'))
d = {b'key': 1, 'key': 2}
print(d[b'key'], d['key'], len({b'a', b'a', b'b'}))
attempt("hash(bytearray)", lambda: hash(bytearray(b'a')))
attempt("set with bytearray", lambda: {bytearray()})

print("== iteration and builtins")
print(list(b'abc'), list(bytearray(b'xyz')), tuple(b'\x00\xff'))
print(sorted(b'banana'), sorted(bytearray(b'cab'), reverse=True))
print(list(reversed(b'abc')), list(reversed(bytearray(b'abc'))), max(b'abc'), min(b'abc'))
print(sum(b'\x01\x02\x03'), any(b'\x00'), all(b'\x01\x02'), bool(b''), bool(b'\x00'))
print(len(b'abc'), len(bytearray(5)), [c for c in b'hi'], dict(enumerate(b'ab')))
for i, c in zip(range(2), bytearray(b'pq')):
    print(i, c, chr(c))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(type(iter(bytearray())).__name__)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(b'', bytearray))
print(type(b'').__name__, type(bytearray()).__name__, bytes, bytearray, memoryview)
print(issubclass(bytes, object), isinstance(memoryview(b''), memoryview))
a, *rest = b'xyz'
print(a, rest)
