# Case, predicates, stripping, padding, tabs, translation and hex, for bytes and bytearray.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for make in [bytes, bytearray]:
    print("==", make.__name__)
    s = make(b"hello World, they're \xe9t\xe9 2020")
    print(s.upper(), s.lower(), s.swapcase())
    print(s.title(), s.capitalize(), make(b'').title(), make(b'123abc').capitalize())
    for sample in [b'', b'abc', b'ABC', b'Abc', b'aBC', b'a1', b'A B', b'Hello World', b'123',
                   b' \t\n\r\x0b\x0c', b'\x1c', b'\xe9', b'abc\x80', b'Hello world']:
        t = make(sample)
        print(repr(t), t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(),
              t.isupper(), t.isspace(), t.istitle())
    attempt("upper(1)", lambda: s.upper(1))
    attempt("isalpha(x=1)", lambda: s.isalpha(x=1))

    p = make(b'  \t pad me \n ')
    print(p.strip(), p.lstrip(), p.rstrip(), p.strip(None), make(b'xxhixx').strip(b'x'))
    print(make(b'abcba').strip(b'ab'))
    print(make(b'abcba').lstrip(bytearray(b'a')), make(b'abc').rstrip(memoryview(b'c')))
    print(make(b'\x1cx\x1c').strip(), make(b'').strip(), make(b'aaa').strip(b'a'))
    attempt("strip str", lambda: p.strip(' '))
    attempt("lstrip int", lambda: p.lstrip(1))
    attempt("strip 2 args", lambda: p.strip(b'a', b'b'))

    w = make(b'mid')
    print(w.center(9), w.center(8, b'*'), w.center(2), w.ljust(6, b'.'), w.rjust(6), w.rjust(-1))
    print(make(b'ab').center(6, bytearray(b'=')))
    print(make(b'ab').center(5, b'-'), make(b'abc').center(6, b'-'))
    print(make(b'42').zfill(5), make(b'-42').zfill(5))
    print(make(b'+4').zfill(4), make(b'abc').zfill(2), make(b'').zfill(3))
    attempt("center str fill", lambda: w.center(9, '*'))
    attempt("ljust long fill", lambda: w.ljust(9, b'**'))
    attempt("rjust None fill", lambda: w.rjust(9, None))
    attempt("center str width", lambda: w.center('9'))
    attempt("zfill float", lambda: w.zfill(2.0))
    attempt("ljust no args", lambda: w.ljust())

    t = make(b'a\tbc\tdef\n\tg\r\th')
    print(t.expandtabs(), t.expandtabs(4))
    print(t.expandtabs(tabsize=2), t.expandtabs(0), t.expandtabs(-1))
    attempt("expandtabs str", lambda: t.expandtabs('4'))

    table = bytes.maketrans(b'abc', b'xyz')
    print(make(b'aabbcc').translate(table), make(b'abcdef').translate(table, b'de'))
    print(make(b'abcdef').translate(None, b'ace'), make(b'abc').translate(None, delete=b'b'))
    print(table[97:100], len(table), bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97])
    attempt("translate short", lambda: s.translate(b'abc'))
    attempt("translate str", lambda: s.translate('abc'))
    attempt("translate delete str", lambda: s.translate(None, 'a'))
    attempt("maketrans lengths", lambda: bytes.maketrans(b'ab', b'c'))
    attempt("maketrans str", lambda: bytes.maketrans('a', b'b'))

    h = make(b'\x00\x01\xab\xff\x10')
    print(h.hex(), h.hex(':'), h.hex(b'-'))
    print(h.hex(' ', 2), h.hex('_', -2), h.hex(':', 5), h.hex(':', 0))
    print(make(b'').hex(':'))
    print(make(b'abcdef').hex(':', 3), make(b'abcdef').hex(sep='|', bytes_per_sep=-4))
    attempt("hex long sep", lambda: h.hex('::'))
    attempt("hex non-ascii sep", lambda: h.hex('\xe9'))
    attempt("hex int sep", lambda: h.hex(1))
    attempt("hex bytearray sep", lambda: h.hex(bytearray(b':')))
    attempt("hex list sep", lambda: h.hex([1]))
    print(make.fromhex(''), make.fromhex('  0a 0B  ff'), make.fromhex('00\t11\n22'))
    attempt("fromhex odd", lambda: make.fromhex('abc'))
    attempt("fromhex bad", lambda: make.fromhex('zz'))
    attempt("fromhex space inside", lambda: make.fromhex('4 1'))
    attempt("fromhex bytes", lambda: make.fromhex(b'41'))

print("== identity of results")
ba = bytearray(b'x')
print(ba.upper() is ba, ba.strip() is ba, type(ba.center(3)).__name__, type(ba.hex()).__name__)
