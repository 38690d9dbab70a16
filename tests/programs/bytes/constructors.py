# The constructors of bytes and bytearray, with CPython 3.8's errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


class Plain:
    pass


class Index:
    def __index__(self):
        return 3


def numbers():
    yield 104
    yield 105


for make in [bytes, bytearray]:
    name = make.__name__
    print("==", name)
    attempt(name + "()", lambda: make())
    attempt(name + "(0)", lambda: make(0))
    attempt(name + "(4)", lambda: make(4))
    attempt(name + "(True)", lambda: make(True))
    attempt(name + "(Index())", lambda: make(Index()))
    attempt(name + "(list)", lambda: make([72, 105, 0, 255]))
    attempt(name + "(tuple)", lambda: make((1, 2, 3)))
    attempt(name + "(range)", lambda: make(range(97, 100)))
    attempt(name + "(generator)", lambda: make(numbers()))
    attempt(name + "(dict)", lambda: make({65: 'a', 66: 'b'}))
    attempt(name + "(bytes)", lambda: make(b'copy'))
    attempt(name + "(bytearray)", lambda: make(bytearray(b'copy')))
    attempt(name + "(memoryview)", lambda: make(memoryview(b'abcdef')[::2]))
    attempt(name + "(str, enc)", lambda: make('h\xe9llo', 'utf-8'))
    attempt(name + "(str, latin1)", lambda: make('h\xe9llo', 'latin-1'))
    attempt(name + "(keywords)", lambda: make(source='abc', encoding='ascii'))
    attempt(name + "(str, errors)", lambda: make('h\xe9', 'ascii', 'replace'))
    attempt(name + "(str)", lambda: make('abc'))
    attempt(name + "(str, errors=)", lambda: make('abc', errors='strict'))
    attempt(name + "(int, enc)", lambda: make(1, 'utf-8'))
    attempt(name + "(bytes, enc)", lambda: make(b'a', 'utf-8'))
    attempt(name + "(encoding=)", lambda: make(encoding='utf-8'))
    attempt(name + "(errors=)", lambda: make(errors='strict'))
    attempt(name + "(str, 1)", lambda: make('a', 1))
    attempt(name + "(str, enc, 1)", lambda: make('a', 'utf-8', 1))
    attempt(name + "(str, None)", lambda: make('a', None))
    attempt(name + "(str, bad enc)", lambda: make('a', 'no-such-codec'))
    attempt(name + "(str, ascii)", lambda: make('\xe9', 'ascii'))
    attempt(name + "(-1)", lambda: make(-1))
    attempt(name + "(2**70)", lambda: make(2 ** 70))
    attempt(name + "([256])", lambda: make([256]))
    attempt(name + "([-1])", lambda: make([-1]))
    attempt(name + "(['a'])", lambda: make(['a']))
    attempt(name + "([1.5])", lambda: make([1.5]))
    attempt(name + "(1.5)", lambda: make(1.5))
    attempt(name + "(None)", lambda: make(None))
    attempt(name + "(Plain())", lambda: make(Plain()))
    attempt(name + "(4 args)", lambda: make('a', 'b', 'c', 'd'))
    attempt(name + "(x=)", lambda: make(x=1))
    attempt(name + "(WithBytes())", lambda: make(WithBytes()))

print("== __bytes__")
attempt("bytes(BadBytes())", lambda: bytes(BadBytes()))
attempt("bytearray(BadBytes())", lambda: bytearray(BadBytes()))
b = b'same'
print(bytes(b) is b, bytearray(b) is b, bytes(bytearray(b)) == b)

print("== str from bytes")
attempt("str(b, enc)", lambda: str(b'h\xc3\xa9', 'utf-8'))
attempt("str(ba, enc)", lambda: str(bytearray(b'abc'), 'ascii'))
attempt("str(mv, enc)", lambda: str(memoryview(b'abcd')[::2], 'ascii'))
attempt("str(b, errors=)", lambda: str(b'a\xffb', errors='replace'))
attempt("str(encoding=)", lambda: str(encoding='ascii'))
attempt("str(str, enc)", lambda: str('abc', 'utf-8'))
attempt("str(int, enc)", lambda: str(1, 'utf-8'))
attempt("str(b, 1)", lambda: str(b'a', 1))
attempt("str(b, enc, 1)", lambda: str(b'a', 'utf-8', 1))
attempt("str(b, bad)", lambda: str(b'a', 'bad'))
attempt("str(b)", lambda: str(b'a'))

print("== class methods on the types")
print(bytes.fromhex('de ad BE EF'), bytearray.fromhex('00ff'), b'x'.fromhex('41'))
print(bytearray(b'x').fromhex('42'), len(bytes.maketrans(b'ab', b'cd')))
print(bytearray.maketrans(b'a', b'b')[97], type(bytearray.maketrans(b'', b'')).__name__)
