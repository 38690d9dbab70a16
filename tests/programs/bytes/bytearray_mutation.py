# bytearray in place: item and slice assignment and deletion, its own methods, += and *=.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def setitem(target, key, value):
    target[key] = value
    return target


def delitem(target, key):
    del target[key]
    return target


print("== items")
b = bytearray(b'hello')
b[0] = 72
b[-1] = ord('O')
print(b, b[0], b[-1])
attempt("b[9] = 1", lambda: setitem(b, 9, 1))
attempt("b[0] = 256", lambda: setitem(b, 0, 256))
attempt("b[0] = -1", lambda: setitem(b, 0, -1))
attempt("b[0] = 'a'", lambda: setitem(b, 0, 'a'))
attempt("b[0] = b'a'", lambda: setitem(b, 0, b'a'))
attempt("b['a'] = 1", lambda: setitem(b, 'a', 1))
attempt("b[True] = 1", lambda: setitem(b, True, 105))
del b[1]
print(b, len(b))
attempt("del b[9]", lambda: delitem(b, 9))
attempt("del b['x']", lambda: delitem(b, 'x'))

print("== slices")
b = bytearray(b'0123456789')
b[2:4] = b'ab'
print(b)
b[2:4] = b'XYZW'
print(b)
b[:2] = []
print(b)
b[len(b):] = [33, 63]
print(b)
b[::2] = b'.' * 6
print(b)
b[::-3] = bytearray(b'ABCD')
print(b)
b[1:3] = memoryview(b'mv')
print(b)
b[0:0] = range(65, 68)
print(b)
b[-2:] = (x for x in [42])
print(b)
b[:] = b
print(b)
attempt("extended size", lambda: setitem(b, slice(None, None, 2), b'xyz'))
attempt("slice = int", lambda: setitem(b, slice(0, 1), 5))
attempt("slice = str", lambda: setitem(b, slice(0, 1), 'x'))
attempt("slice = float", lambda: setitem(b, slice(0, 1), 1.5))
attempt("slice = [300]", lambda: setitem(b, slice(0, 1), [300]))
attempt("slice = ['a']", lambda: setitem(b, slice(0, 1), ['a']))
attempt("slice = None", lambda: setitem(b, slice(0, 1), None))
c = bytearray(b'abcdefgh')
del c[1:3]
print(c)
del c[::2]
print(c)
del c[::-1]
print(c, len(c))

print("== methods")
b = bytearray()
b.append(97)
b.append(True)
b.extend(b'xy')
b.extend([1, 2])
b.extend(range(3))
b.extend(bytearray(b'!'))
b.extend(memoryview(b'mv'))
b.extend(x for x in b'gen')
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 90)
b.insert(-100, 91)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(120)
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, c is b)
attempt("append 256", lambda: b.append(256))
attempt("append str", lambda: b.append('a'))
attempt("append bytes", lambda: b.append(b'a'))
attempt("append no args", lambda: b.append())
attempt("extend int", lambda: b.extend(5))
attempt("extend str", lambda: b.extend('ab'))
attempt("extend bad item", lambda: b.extend([1, 'a']))
attempt("extend 300", lambda: b.extend([300]))
attempt("insert one arg", lambda: b.insert(0))
attempt("insert str index", lambda: b.insert('a', 1))
attempt("pop empty", lambda: b.pop())
attempt("pop out of range", lambda: bytearray(b'ab').pop(5))
attempt("pop str", lambda: bytearray(b'ab').pop('a'))
attempt("remove missing", lambda: bytearray(b'ab').remove(99))
attempt("remove bytes", lambda: bytearray(b'ab').remove(b'a'))
attempt("remove 300", lambda: bytearray(b'ab').remove(300))
attempt("copy arg", lambda: b.copy(1))

print("== augmented assignment")
b = bytearray(b'ab')
alias = b
b += b'cd'
b += bytearray(b'e')
b += memoryview(b'f')
print(b, alias is b)
b *= 2
print(b, alias is b)
b *= 0
print(b, alias is b)
b = bytearray(b'xy')
b *= -1
print(b)
x = bytearray(b'q')
try:
    x += 'str'
except TypeError as e:
    print("+= str", e)
try:
    x *= 'str'
except TypeError as e:
    print("*= str", e)

def add_itself(target):
    target += target
    return target


attempt("b += b", lambda: add_itself(bytearray(b'ab')))
attempt("empty += itself", lambda: add_itself(bytearray()))
same = bytearray(b'xy')
same.extend(same)
same[1:1] = same
print(same)
y = b'imm'
y += b'utable'
print(y)
