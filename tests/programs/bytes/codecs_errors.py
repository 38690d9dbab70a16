# str.encode and bytes.decode with UTF-8, ASCII and Latin-1, and the Unicode errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("== encode")
text = 'caf\xe9 \u20ac \U0001f600'
print(text.encode(), text.encode('utf-8'), text.encode(encoding='UTF8'), 'abc'.encode('ascii'))
print('caf\xe9'.encode('latin-1'), 'caf\xe9'.encode('Latin1'), 'caf\xe9'.encode('iso-8859-1'))
print('x'.encode('us-ascii'), 'x'.encode('U8'), 'x'.encode('utf_8'), 'x'.encode(' UTF 8 '))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, text.encode('ascii', errors), text.encode('latin-1', errors=errors))
attempt("strict ascii", lambda: 'caf\xe9'.encode('ascii'))
attempt("strict run", lambda: 'a\xe9\xe8b\xe7'.encode('ascii'))
attempt("strict latin-1", lambda: 'a\u20ac'.encode('latin-1'))
attempt("astral", lambda: '\U0001f600'.encode('latin1'))
attempt("unknown encoding", lambda: 'a'.encode('klingon'))
attempt("unknown handler", lambda: '\xe9'.encode('ascii', 'bogus'))
attempt("handler unused", lambda: 'abc'.encode('ascii', 'bogus'))
attempt("encoding int", lambda: 'a'.encode(1))
attempt("errors int", lambda: 'a'.encode('ascii', 1))
attempt("encoding None", lambda: 'a'.encode(None))
attempt("too many", lambda: 'a'.encode('a', 'b', 'c'))
attempt("bad keyword", lambda: 'a'.encode(x=1))

print("== decode")
data = text.encode()
print(data.decode(), data.decode('utf-8'), bytearray(data).decode(encoding='utf8'))
print(b'caf\xe9'.decode('latin-1'), b'\x80\xff'.decode('l1'), b'plain'.decode('ascii'))
bad = b'ok\xff\xfe \xe2\x82 end \xc3'
for errors in ['replace', 'ignore', 'backslashreplace']:
    print(errors, repr(bad.decode('utf-8', errors)), repr(bad.decode('ascii', errors=errors)))
samples = [b'\xff', b'\x80abc', b'ab\xe2\x82', b'\xe2\x28\xa1', b'\xe2\x82\x28', b'\xed\xa0\x80',
           b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xe0\x80\x80', b'\xf0\x80\x80\x80', b'\xf5',
           b'\xf0\x9f\x98', b'\xc3']
for sample in samples:
    attempt(repr(sample), lambda: sample.decode())
attempt("ascii", lambda: b'abc\xe9'.decode('ascii'))
attempt("unknown encoding", lambda: b'a'.decode('klingon'))
attempt("unknown handler", lambda: b'\xff'.decode('utf-8', 'bogus'))
attempt("handler unused", lambda: b'abc'.decode('utf-8', 'bogus'))
attempt("xmlcharref decoding", lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))
attempt("encoding int", lambda: b'a'.decode(1))
attempt("too many", lambda: b'a'.decode('a', 'b', 'c'))

print("== exception objects")
try:
    b'abc\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args, repr(e), isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    'x\u0100\u0101y'.encode('latin-1')
except UnicodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args, str(e))
try:
    bytearray(b'\x80').decode()
except ValueError as e:
    print(type(e.object).__name__, e)
print(UnicodeDecodeError.__mro__)
made = UnicodeDecodeError('mine', bytearray(b'xyz'), 1, 3, 'because')
print(made, made.object, made.args[1])
print(UnicodeDecodeError('c', b'xy', 5, 6, 'r'), UnicodeDecodeError('c', b'xy', 1, 1, 'r'))
print(UnicodeEncodeError('c', 'x\U0001f600', 1, 2, 'r'), UnicodeEncodeError('c', 'xy', 0, 2, 'r'))
print(UnicodeEncodeError('c', '\u0100', 0, 1, 'r'), UnicodeEncodeError('c', 'x', 3, 4, 'r').end)
attempt("no args", lambda: UnicodeDecodeError())
attempt("bad encoding", lambda: UnicodeDecodeError(1, b'', 0, 0, ''))
attempt("bad object", lambda: UnicodeEncodeError('a', b'x', 0, 1, 'r'))
attempt("bad start", lambda: UnicodeDecodeError('a', b'x', 'x', 1, 'r'))
attempt("float end", lambda: UnicodeEncodeError('a', 'x', 0, 1.5, 'r'))
attempt("bad reason", lambda: UnicodeDecodeError('a', b'x', 0, 1, b'r'))
attempt("not bytes-like", lambda: UnicodeDecodeError('a', 5, 0, 1, 'r'))
attempt("six args", lambda: UnicodeDecodeError('a', b'x', 0, 1, 'r', 6))
