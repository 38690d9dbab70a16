# A `for` loop's iterator lives until an exception leaves the loop, as on CPython's stack: a
# generator's `finally` runs after the body's own `finally` and `except` code, and when the
# exception leaves a function, after what the body printed.


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closed", name)


try:
    for x in gen("module"):
        raise ValueError("body")
except ValueError as e:
    print("caught", e)


def leaves_function():
    for x in gen("function"):
        print("in body", x)
        raise KeyError(x)


try:
    leaves_function()
except KeyError as e:
    print("caught key", e)


def handled_around():
    try:
        for x in gen("handled around"):
            raise ValueError("h")
    except ValueError:
        print("handler")
    print("after")


handled_around()


def finally_in_body():
    for x in gen("finally in body"):
        try:
            raise ValueError("inner")
        finally:
            print("body finally")


try:
    finally_in_body()
except ValueError as e:
    print("caught", e)


def except_in_body_raises():
    for x in gen("except in body"):
        try:
            raise ValueError("first")
        except ValueError:
            print("body except")
            raise TypeError("second")


try:
    except_in_body_raises()
except TypeError as e:
    print("caught", e, "context", repr(e.__context__))


def nested_loops():
    for i in gen("outer"):
        for j in gen("inner"):
            print("pair", i, j)
            raise IndexError("nested")


try:
    nested_loops()
except IndexError as e:
    print("caught", e)


def break_and_return():
    for x in gen("break"):
        break
    print("after break")
    for x in gen("return"):
        return x


print("returned", break_and_return())


def unpacking_target():
    for a, b in [(1, 2), (3,)]:
        print("pair", a, b)


try:
    unpacking_target()
except ValueError as e:
    print("caught", e)


def in_generator():
    for x in gen("in generator"):
        yield x
        raise RuntimeError("after yield")


g = in_generator()
print("yielded", next(g))
try:
    next(g)
except RuntimeError as e:
    print("caught", e)

g = in_generator()
next(g)
g.close()
print("closed outer generator")
