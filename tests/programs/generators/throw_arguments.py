# gen.throw(type, value): an instance of the type is thrown as it is, a tuple holds the
# constructor's arguments; CPython's TypeErrors for instances with values and non-exceptions.
def g():
    try:
        yield 1
    except Exception as e:
        print("caught", repr(e))
        yield 2
class E(ValueError):
    pass
v = ValueError('v')
for args in [(ValueError, v), (Exception, v), (ValueError, E('sub')), (ValueError, ('a', 1)), (ValueError, 'text'), (ValueError, None), (E, v)]:
    it = g(); next(it)
    try:
        r = it.throw(*args)
        print(r, args[1] is not None and repr(args[1]))
    except Exception as e:
        print("escaped", repr(e))
it = g(); next(it)
try:
    it.throw(v, v)
except TypeError as e:
    print(e)
it = g(); next(it)
try:
    it.throw(1, 2)
except TypeError as e:
    print(e)
