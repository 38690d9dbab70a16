# isinstance, issubclass, hash, id and callable.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


def f():
    return 1


print("-- isinstance")
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, float), isinstance("s", str), isinstance(None, int))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(False, (str, int)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(range(1), range), isinstance([], tuple))
print(isinstance(1, (str, float)), isinstance(1, (str, (float, (int,)))), isinstance(1, ()), isinstance(2 ** 70, int))
print(isinstance(int, type), isinstance(type, type), isinstance(1, object), isinstance(None, object), isinstance(len, object))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError), isinstance(KeyError(), ValueError))
print(isinstance(ValueError, type), isinstance(f, object), isinstance(int, object))
check(lambda: isinstance(1))
check(lambda: isinstance(1, 2))
check(lambda: isinstance(1, "int"))
check(lambda: isinstance(1, (str, 2)))
check(lambda: isinstance(1, (1, int)))
check(lambda: isinstance(1, [int]))
check(lambda: isinstance(1, int, str))
check(lambda: isinstance(1, cls=int))

print("-- issubclass")
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(bool, object))
print(issubclass(bool, (str, int)), issubclass(bool, ((float,), bool)), issubclass(str, ()), issubclass(type, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(Exception, KeyError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
check(lambda: issubclass(list, (int, 1)))
check(lambda: issubclass(1, int))
check(lambda: issubclass(True, int))
check(lambda: issubclass(bool, 1))
check(lambda: issubclass(bool, (str, 1)))
check(lambda: issubclass(bool))
check(lambda: issubclass(bool, int, x=1))

print("-- hash")
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)), hash(float("inf")))
print(hash(""), hash("a"), hash("hello"), hash(()), hash((1, 2)), hash((1, (2, "x"))), hash(None) == hash(None))
print(hash((1, 2)) == hash((1.0, 2)), hash(int) == hash(int), hash(len) == hash(len))
check(lambda: hash([]))
check(lambda: hash({}))
check(lambda: hash((1, [])))
check(lambda: hash({}.keys()))
check(lambda: hash())
check(lambda: hash(1, 2))

print("-- id")
a = [1]
b = [1]
c = a
print(id(a) == id(c), id(a) == id(b), id(None) == id(None), id(int) == id(int), isinstance(id(a), int), id(a) > 0)
print(id(len) == id(len), id(a) != id(a[0]))
check(lambda: id())
check(lambda: id(1, 2))

print("-- callable")
print(callable(len), callable(f), callable(int), callable(type), callable(ValueError), callable([].append))
print(callable(1), callable("len"), callable(None), callable([]), callable(f()), callable(iter([])))
check(lambda: callable())
check(lambda: callable(1, 2))
