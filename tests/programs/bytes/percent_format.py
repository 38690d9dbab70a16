# printf-style formatting of bytes and bytearray.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class WithBytes:
    def __bytes__(self):
        return b'<dunder>'


class Weird:
    def __bytes__(self):
        return 'not bytes'


class Index:
    def __index__(self):
        return 66


print("== conversions")
print(b'%s and %b' % (b'bytes', bytearray(b'array')), b'%s' % memoryview(b'view'))
print(b'%s' % WithBytes(), b'%r %a' % ('\xe9', b'x'), b'%a' % [1, 'two'])
print(b'%d %i %u' % (42, -7, True), b'%x %X %o' % (255, 255, 8), b'%#x %#X %#o' % (255, 255, 8))
print(b'%c%c%c' % (72, b'i', bytearray(b'!')), b'%c' % Index(), b'%c' % 0)
print(b'%f %.2f %e %g %G %E' % (1.5, 2.345, 12345.678, 0.00001, 1e20, 3.0))
print(b'%d %x' % (3.99, Index()), b'%.3s|%-6s|%6s|' % (b'abcdef', b'ab', b'cd'))
print(b'%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42), b'%.3d %8.3f' % (7, 3.14159))
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), b'%%|%s%%' % b'x', b'%5.1s|' % b'xyz')
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 30}, b'%(x)s' % {b'x': b'y'})
print(b'%s' % (b'in a tuple',), b'no directives' % (), b'%s' % bytearray(b'ba'))
print(b'\xff%s\x00' % b'\x80', b'%i' % 5, b'%s' % (memoryview(b'tuple'),))
print(bytearray(b'%s-%d') % (b'a', 1), type(bytearray(b'%d') % 5).__name__)
print(b'%s' % [b'x'][0], b'%r' % bytearray(b'r'), b'%a' % 1.5, b'%r' % None)

print("== errors")
attempt("str arg", lambda: b'%s' % 'text')
attempt("int arg", lambda: b'%s' % 5)
attempt("dict arg", lambda: b'%s' % {})
attempt("bad __bytes__", lambda: b'%s' % Weird())
attempt("%c big", lambda: b'%c' % 256)
attempt("%c negative", lambda: b'%c' % -1)
attempt("%c str", lambda: b'%c' % 'a')
attempt("%c long bytes", lambda: b'%c' % b'ab')
attempt("%c float", lambda: b'%c' % 1.5)
attempt("%d str", lambda: b'%d' % 'a')
attempt("%x float", lambda: b'%x' % 1.5)
attempt("%f str", lambda: b'%f' % b'1.5')
attempt("unknown", lambda: b'%y' % 1)
attempt("unknown control", lambda: b'%\x01' % 1)
attempt("too few", lambda: b'%s %s' % (b'a',))
attempt("too many", lambda: b'%s' % (b'a', b'b'))
attempt("incomplete", lambda: b'abc %' % ())
attempt("incomplete key", lambda: b'%(x' % {b'x': 1})
attempt("str key", lambda: b'%(x)s' % {'x': b'1'})
attempt("mapping leftover", lambda: b'%s %(x)s' % {b'x': b'1'})
attempt("needs mapping", lambda: b'%(x)s' % (1,))
attempt("star not int", lambda: b'%*d' % ('a', 1))
attempt("rem on other", lambda: 5 % b'x')

print("== str % bytes")
print('%s %r' % (b'x', bytearray(b'y')), '%s' % memoryview(b'')[:0].tobytes())
