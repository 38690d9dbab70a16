# The exceptions list methods raise, with CPython 3.8's messages.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


a = [1, 2, 3]

print("-- argument counts and keywords")
check(lambda: a.append())
check(lambda: a.append(1, 2))
check(lambda: a.append(x=1))
check(lambda: a.extend())
check(lambda: a.extend([1], [2]))
check(lambda: a.insert(1))
check(lambda: a.insert())
check(lambda: a.insert(1, 2, 3))
check(lambda: a.remove())
check(lambda: a.pop(1, 2))
check(lambda: a.pop(x=1))
check(lambda: a.clear(1))
check(lambda: a.clear(x=1))
check(lambda: a.index())
check(lambda: a.index(1, 2, 3, 4))
check(lambda: a.index(x=1))
check(lambda: a.count())
check(lambda: a.count(1, 2))
check(lambda: a.reverse(1))
check(lambda: a.copy(1))
check(lambda: a.copy(x=1))
print(a)

print("-- argument types")
check(lambda: a.extend(1))
check(lambda: a.extend(None))
check(lambda: a.insert("a", 1))
check(lambda: a.insert(1.0, 1))
check(lambda: a.insert(2 ** 70, 1))
check(lambda: a.pop("a"))
check(lambda: a.pop(1.5))
check(lambda: a.pop(2 ** 70))
check(lambda: a.index(1, "a"))
check(lambda: a.index(1, None))
check(lambda: a.index(1, 0, 1.5))
print(a)

print("-- missing items")
check(lambda: a.remove(4))
check(lambda: a.remove("1"))
check(lambda: a.index(4))
check(lambda: a.index("x"))
check(lambda: a.index([1, 2]))
check(lambda: a.index(None))
check(lambda: a.index(1, 1))
check(lambda: a.index(3, 0, 2))
check(lambda: a.index(1, 2 ** 70))
check(lambda: a.index(1, -2 ** 70))
check(lambda: a.index(3, -2 ** 70, 2 ** 70))
check(lambda: [].index(0))
check(lambda: [].remove(0))

print("-- pop bounds")
check(lambda: [].pop())
check(lambda: [].pop(0))
check(lambda: [].pop(-1))
check(lambda: [1].pop(1))
check(lambda: [1].pop(-2))
check(lambda: [1, 2].pop(-2))
check(lambda: [1, 2].pop(True))

print("-- unhashable and unorderable items are fine for searching")
b = [[1], {"k": 1}, (1, [2])]
print(b.index({"k": 1}), b.count([1]), b.index((1, [2])))
b.remove({"k": 1})
print(b)

print("-- attribute errors")
check(lambda: a.push)
check(lambda: a.add(1))
check(lambda: a.length)
