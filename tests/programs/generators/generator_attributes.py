# The attributes of generators, coroutines and asynchronous generators: code, frame, running
# state, and the assignable __name__ and __qualname__. Not covered: gi_yieldfrom, cr_await and
# ag_await, which pylift does not have.
def gen():
    x = yield 1
    yield from sub()
def sub():
    yield 2
    yield 3
g = gen()
for n in ['gi_frame', 'gi_running', 'gi_code', '__name__', '__qualname__']:
    print(n, repr(getattr(g, n))[:12])
print(g.gi_code is gen.__code__, g.gi_frame.f_lineno, g.gi_frame.f_code is gen.__code__)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, g.gi_running)
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, repr(g)[:30], g.gi_code.co_name)
for value in [5, None]:
    try:
        g.__name__ = value
    except TypeError as e:
        print('TypeError', e)
try:
    del g.__qualname__
except TypeError as e:
    print('TypeError', e)
for attr in ['gi_running', 'gi_code', 'other']:
    try:
        setattr(g, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
def running():
    yield r.gi_running
r = running()
print(next(r), r.gi_running)
print([n for n in dir(g) if n != 'gi_yieldfrom'])
async def co():
    pass
c = co()
for n in ['cr_frame', 'cr_running', 'cr_code', 'cr_origin', '__name__', '__qualname__']:
    print(n, repr(getattr(c, n))[:12])
c.__name__ = 'x'
print(c.__name__, c.cr_code is co.__code__)
print([n for n in dir(c) if n != 'cr_await'])
c.close()
print(c.cr_frame)
async def ag():
    yield 1
a = ag()
print(a.ag_code is ag.__code__, a.ag_running, a.ag_frame.f_lineno, a.__qualname__)
print([n for n in dir(a) if n != 'ag_await'])
frame = gen().gi_frame
text = repr(frame)
print(text[:10], text[text.index(','):].replace(__file__, 'FILE'))
del frame
g = gen()
g.__del__()
print(g.gi_frame)
