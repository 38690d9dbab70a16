# Searching, splitting, joining and replacing, the same for bytes and bytearray.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for make in [bytes, bytearray]:
    print("==", make.__name__)
    s = make(b'abracadabra')
    print(s.find(b'bra'), s.find(b'bra', 2), s.find(b'bra', 2, 8), s.find(b'zz'), s.find(b''))
    print(s.find(98), s.find(b'a', -3), s.find(b'', 11), s.find(b'', 12), s.find(b'a', None, None))
    print(s.rfind(b'bra'), s.rfind(b'a', 0, 5), s.rfind(114), s.rfind(b''), s.rfind(b'q'))
    print(s.index(b'cad'), s.rindex(b'a'), s.index(memoryview(b'dab')), s.count(b'a'))
    print(s.count(b'bra'), s.count(b''), s.count(b'a', 3), s.count(97, 0, 4), s.count(b'', 20))
    attempt("index missing", lambda: s.index(b'xyz'))
    attempt("rindex missing", lambda: s.rindex(b'xyz', 1))
    attempt("find str", lambda: s.find('a'))
    attempt("find 300", lambda: s.find(300))
    attempt("find float", lambda: s.find(1.5))
    attempt("find no args", lambda: s.find())
    attempt("count 4 args", lambda: s.count(b'a', 1, 2, 3))
    attempt("find non-contiguous", lambda: s.find(memoryview(b'abc')[::2]))

    print(s.startswith(b'abr'), s.startswith(b'bra', 1))
    print(s.endswith(b'bra'), s.endswith(b'bra', 0, 4))
    print(s.startswith((b'x', b'ab')), s.endswith((b'x',)))
    print(s.startswith(b''), s.startswith(b'', 12))
    print(s.endswith(bytearray(b'a')), s.startswith(memoryview(b'abra')), s.endswith(b'a', -1))
    attempt("startswith str", lambda: s.startswith('a'))
    attempt("endswith int", lambda: s.endswith(97))
    attempt("startswith tuple str", lambda: s.startswith((b'z', 'a')))

    print(make(b'a,b,,c').split(b','))
    print(make(b'a,b,,c').split(b',', 1), make(b'a,b,c').rsplit(b',', 1))
    print(make(b'  one two\tthree\n ').split(), make(b' a b c ').split(None, 1))
    print(make(b' a b c ').rsplit(maxsplit=1), make(b'a::b::c').split(sep=b'::'))
    print(make(b'aaa').split(b'aa'), make(b'aaa').rsplit(b'aa'))
    print(make(b'').split(), make(b'').split(b','))
    print(make(b'x\x1cy\x0bz').split())
    print(make(b'a b').split(maxsplit=0), make(b'a,b').split(b',', -1))
    attempt("split empty sep", lambda: s.split(b''))
    attempt("split str sep", lambda: s.split('a'))
    attempt("rsplit int sep", lambda: s.rsplit(1))
    attempt("split bad kw", lambda: s.split(x=1))

    lines = make(b'one\ntwo\r\nthree\rfour\x0bfive\n')
    print(lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=True)[:2])
    print(make(b'').splitlines(), make(b'\n\n').splitlines(), make(b'end').splitlines())

    print(s.partition(b'cad'), s.partition(b'zz'), s.rpartition(b'bra'), s.rpartition(b'zz'))
    attempt("partition empty", lambda: s.partition(b''))
    attempt("partition str", lambda: s.partition('a'))

    sep = make(b', ')
    print(sep.join([b'a', bytearray(b'b'), memoryview(b'c')]), sep.join([]), sep.join((b'x',)))
    print(make(b'').join(x for x in [b'g', b'en']), make(b'-').join([b'a', b'b', b'c']))
    attempt("join str item", lambda: sep.join([b'a', 'b']))
    attempt("join int", lambda: sep.join(5))
    attempt("join non-contiguous", lambda: sep.join([memoryview(b'abcd')[::2]]))

    print(s.replace(b'a', b'A'), s.replace(b'a', b'', 2), s.replace(b'bra', b'BRA', 1))
    print(make(b'abc').replace(b'', b'-'))
    print(make(b'abc').replace(b'', b'-', 2), make(b'').replace(b'', b'x'))
    print(make(b'').replace(b'', b'x', 1), s.replace(b'a', b'a'))
    print(s.replace(b'zz', b'y'), s.replace(b'a', b'', 0))
    attempt("replace str", lambda: s.replace('a', b'b'))
    attempt("replace str new", lambda: s.replace(b'a', 'b'))
    attempt("replace count str", lambda: s.replace(b'a', b'b', 'x'))

print("== results take the receiver's type")
ba = bytearray(b'a-b')
print(type(ba.split(b'-')[0]).__name__, type(ba.partition(b'-')[1]).__name__)
print(type(b'a-b'.partition(bytearray(b'-'))[1]).__name__, type(ba.replace(b'x', b'y')).__name__)
print(ba.replace(b'x', b'y') is ba, type(bytearray(b',').join([b'a'])).__name__)
