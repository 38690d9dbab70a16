def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    return a, b, args, c, d, kw, x


def outer(p, q):
    y = 2
    z = 3

    def inner(m):
        n = m + y + p
        return n

    def gen():
        yield z

    return inner, gen


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


def posonly(a, b, /, c):
    return a


async def co():
    pass


async def agen():
    yield 1


def late():
    def reader():
        return value
    cells = reader.__closure__
    print('before:', end=' ')
    try:
        cells[0].cell_contents
    except ValueError as e:
        print('ValueError:', e)
    value = 'bound'
    return reader


inner, gen = outer(5, 6)
for fn in (f, outer, inner, gen, counter, posonly, co, agen, late, lambda x, *, y=0: x):
    c = fn.__code__
    print(c.co_name, c.co_filename.rsplit('/', 1)[-1], c.co_firstlineno, c.co_argcount, c.co_posonlyargcount,
          c.co_kwonlyargcount, c.co_varnames, c.co_nlocals, c.co_flags, c.co_freevars,
          c.co_cellvars)
print(f.__code__ is f.__code__, type(f.__code__).__name__)
print(f.__globals__ is globals(), f.__globals__['__name__'], inner.__globals__ is globals())
print(f.__closure__, f.__kwdefaults__, inner.__kwdefaults__, f.__defaults__)
print([cell.cell_contents for cell in inner.__closure__], type(inner.__closure__[0]).__name__)

bump = counter()
bump()
bump()
cell = bump.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 40
print(bump(), cell.cell_contents)
reader = late()
print(reader(), reader.__closure__[0].cell_contents)

print(f.__call__(1, c=3), inner.__call__(1), outer.__call__(1, 2)[0](0))
for name in ('__globals__', '__closure__'):
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print(name, 'AttributeError:', e)
print(dir(f))
print(dir(lambda: 0) == dir(f), dir(inner) == dir(f))
