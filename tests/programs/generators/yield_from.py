def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from range(2)
    return "outer done"


g = outer()
print(g.send(None), g.send("a"), g.send("b"), next(g) if False else g.send(None))
print(list(outer()))


def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")


def delegating():
    r = yield from catcher()
    return r


d = delegating()
print(d.send(None))
print(d.throw(ValueError("boom")))
d.close()
print("closed")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (x * x for x in range(3)))))


def flatten(items):
    for item in items:
        if type(item) is list:
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
