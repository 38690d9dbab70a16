class X:
    def __await__(self):
        yield "x"
        return "X"

async def f():
    return await X()

c = f()

async def a():
    return await c

async def b():
    return await c

ca = a()
print(ca.send(None))
cb = b()
try:
    cb.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ca.send(None)
except StopIteration as e:
    print("stop", e.value)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def partial():
    async for v in agen():
        print("v", v)
        break
    print("after break")

p = partial()
try:
    p.send(None)
except StopIteration:
    pass

g = agen()
aw = g.athrow(ValueError("early"))
try:
    aw.send(None)
except ValueError as e:
    print("athrow on unstarted:", e)
aw2 = agen().aclose()
try:
    aw2.send(None)
except StopIteration as e:
    print("aclose unstarted -> StopIteration", e.value)


class Meth:
    async def m(self, x):
        return x * 2

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

async def use():
    async with Meth() as mm:
        r = [await mm.m(i) async for i in count_up(3)]
        gen = (await mm.m(i) for i in range(2))
        print(type(gen).__name__, [x async for x in gen])
    return r

async def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return

u = use()
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
print(Meth.m.__qualname__, repr(agen())[:31])
