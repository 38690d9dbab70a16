# memoryview over bytes and bytearray: items, slices sharing the buffer, casts, release.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def grow(target):
    target += b'!'
    return target


def setitem(target, key, value):
    target[key] = value
    return target


print("== views of bytes")
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides)
print(m.obj, m[2:].obj is m.obj, m.tobytes(), m.tolist(), m.hex(), m.hex(':', 2))
print(bytes(m[::-2]), bytearray(m[1:3]), list(m[:3]), list(reversed(m[:3])), 99 in m)
print(m == b'abcdef', m == bytearray(b'abcdef'), m[:2] == b'ab', m != b'xx', m == 'abcdef')
print(b'abcdef' == m, m[::2] == b'ace', m == memoryview(b'abcdef'), m[:0] == b'')
print(hash(m) == hash(b'abcdef'), hash(m[::2]) == hash(b'ace'))
attempt("m[6]", lambda: m[6])
attempt("m[-7]", lambda: m[-7])
attempt("m['a']", lambda: m['a'])
attempt("m[1.0]", lambda: m[1.0])
attempt("m[0] = 1", lambda: setitem(m, 0, 1))
attempt("m < b", lambda: m < b'z')
attempt("m + b", lambda: m + b'z')
attempt("memoryview(str)", lambda: memoryview('abc'))
attempt("memoryview(int)", lambda: memoryview(5))
attempt("memoryview()", lambda: memoryview())
attempt("memoryview(2 args)", lambda: memoryview(b'a', b'b'))
print(memoryview(object=b'kw').tobytes(), memoryview(m[1:3]).tobytes(), m.toreadonly().readonly)

print("== views of bytearray")
ba = bytearray(b'hello world')
m = memoryview(ba)
print(m.readonly, m.obj is ba)
m[0] = ord('H')
m[6:] = b'WORLD'
m[1:5:2] = b'EL'
print(ba)
part = m[6:11]
part[0] = 119
print(ba, part.tobytes(), part.obj is ba)
ba[1] = 101
print(m[1], part[::-1].tobytes())
attempt("m[0] = 256", lambda: setitem(m, 0, 256))
attempt("m[0] = -1", lambda: setitem(m, 0, -1))
attempt("m[0] = 'a'", lambda: setitem(m, 0, 'a'))
attempt("m[0] = 1.5", lambda: setitem(m, 0, 1.5))
attempt("m[0:2] = b'xyz'", lambda: setitem(m, slice(0, 2), b'xyz'))
attempt("m[0:2] = 'xy'", lambda: setitem(m, slice(0, 2), 'xy'))
attempt("hash writable", lambda: hash(m))
attempt("append while viewed", lambda: ba.append(33))
attempt("extend while viewed", lambda: ba.extend(b'!'))
attempt("del while viewed", lambda: ba.pop())
attempt("+= while viewed", lambda: grow(ba))
attempt("resize slice while viewed", lambda: setitem(ba, slice(0, 1), b'HH'))
ba[0:1] = b'J'
ba.reverse()
print(ba, m.tobytes())
m.release()
part.release()
ba.append(33)
print(ba)

print("== casts")
data = bytearray(range(16))
m = memoryview(data)
ints = m.cast('i')
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.shape, ints.strides)
print(m.cast('I').tolist() == ints.tolist(), m.cast('h')[1])
print(m.cast('Q').itemsize, m.cast('@b').format)
print(m.cast('c')[:3].tolist(), m.cast('?').tolist()[:3], m.cast('B', [16]).shape)
ints[0] = -1
print(data[:4], m.cast('b')[:4].tolist(), ints.cast('B')[:4].tolist())
floats = memoryview(bytearray(16)).cast('d')
floats[1] = 2.5
floats[0] = 1
print(floats.tolist(), memoryview(bytearray(4)).cast('f').tolist())
attempt("cast non-contiguous", lambda: m[::2].cast('B'))
attempt("cast two non-byte", lambda: ints.cast('h'))
attempt("cast bad format", lambda: m.cast('x'))
attempt("cast big-endian", lambda: m.cast('>i'))
attempt("cast two codes", lambda: m.cast('ii'))
attempt("cast int format", lambda: m.cast(1))
attempt("cast length", lambda: memoryview(b'abc').cast('i'))
attempt("cast shape size", lambda: m.cast('i', [3]))
attempt("cast shape type", lambda: m.cast('i', 4))
attempt("cast shape zero", lambda: m.cast('i', [0]))
attempt("cast empty with shape", lambda: m[:0].cast('B', [1]))
print(m.cast('B', (16,)).shape, m.cast('i', shape=[4]).tolist() == ints.tolist())
attempt("ints[0] = 2**40", lambda: setitem(ints, 0, 2 ** 40))
attempt("ints[0] = 'a'", lambda: setitem(ints, 0, 'a'))
attempt("chars[0] = b'zz'", lambda: setitem(m.cast('c'), 0, b'zz'))
attempt("chars[0] = 65", lambda: setitem(m.cast('c'), 0, 65))
attempt("signed[0] = 200", lambda: setitem(m.cast('b'), 0, 200))
attempt("hash ints", lambda: hash(memoryview(b'abcd').cast('i')))
print(memoryview(b'\x01\x00\x00\x00').cast('i') == memoryview(b'\x01\x00\x00\x00').cast('I'))
print(memoryview(b'\xff').cast('b') == memoryview(b'\xff'), memoryview(b'ab').cast('c') == b'ab')

print("== release and with")
v = memoryview(b'abc')
v.release()
v.release()
print(v == v, v == b'abc', repr(v)[:15])
released = [
    ("len", lambda: len(v)), ("item", lambda: v[0]), ("tobytes", lambda: v.tobytes()),
    ("obj", lambda: v.obj), ("format", lambda: v.format), ("bytes", lambda: bytes(v)),
    ("hash", lambda: hash(v)), ("cast", lambda: v.cast('B')), ("slice", lambda: v[0:1]),
    ("list", lambda: list(v)), ("iter", lambda: type(iter(v)).__name__),
    ("enter", lambda: v.__enter__()), ("tolist", lambda: v.tolist()), ("bool", lambda: bool(v)),
]
for label, f in released:
    attempt(label, f)
buf = bytearray(b'ctx')
with memoryview(buf) as view:
    view[0] = ord('C')
    print(view.tobytes(), type(iter(view)).__name__)
buf.extend(b' ok')
print(buf)
attempt("after with", lambda: view[0])
