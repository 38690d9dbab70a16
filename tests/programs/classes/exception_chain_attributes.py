import sys

# The checks of assignments to the fields BaseException keeps.
e = ValueError(1)
for name, val in [("__context__", 1), ("__cause__", 1), ("__suppress_context__", 1), ("__traceback__", 1), ("args", 5)]:
    try:
        setattr(e, name, val)
    except Exception as x:
        print(name, type(x).__name__, x)
    try:
        delattr(e, name)
    except Exception as x:
        print("del", name, type(x).__name__, x)
e.args = [1, 2]
print(e.args)
e.__cause__ = KeyError(3)
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.foo = 3
print(e.foo)
del e.foo
try:
    del e.foo
except AttributeError as x:
    print(x)
try:
    e.with_traceback(3)
except Exception as x:
    print(type(x).__name__, x)


# Chains set by hand, and how they print.
def show(e):
    ctx = e.__context__
    cause = e.__cause__
    print(type(e).__name__, repr(ctx), repr(cause), e.__suppress_context__,
          e.__traceback__ is None)

class MyError(Exception):
    pass

def inner():
    raise KeyError("inner")

try:
    try:
        inner()
    except KeyError as k:
        raise MyError("outer")
except MyError as e:
    show(e)
    e.__context__ = None
    show(e)
    e.__context__ = ValueError("manual")
    show(e)
    e.__suppress_context__ = True
    show(e)
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next)
    e.__traceback__ = None
    show(e)
    e.with_traceback(tb)
    print(e.__traceback__.tb_lineno)
    saved = e

try:
    saved.__context__ = "nope"
except TypeError as x:
    print(x)
try:
    del saved.__cause__
except TypeError as x:
    print(x)

m = MyError("attrs")
m.extra = 1
m.__cause__ = m
print(m.extra, m.__cause__ is m, m.__suppress_context__)
m.__cause__ = None
m.__suppress_context__ = False
print(m.__cause__, m.__suppress_context__)

def fail():
    first = RuntimeError("first")
    second = TypeError("second")
    second.__context__ = first
    third = ValueError("third")
    third.__cause__ = second
    third.__context__ = KeyError("hidden")
    third.__suppress_context__ = False
    raise third

try:
    fail()
except ValueError as v:
    print(repr(v.__cause__), repr(v.__cause__.__context__), v.__suppress_context__)

sys.stdout.flush()
err = LookupError("outer")
err.__context__ = OSError(2, "No such file")
err.__traceback__ = None
raise err
