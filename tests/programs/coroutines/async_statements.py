class Sleep:
    def __await__(self):
        yield "tick"


async def ticker(n):
    for i in range(n):
        await Sleep()
        yield i
    print("ticker done")


class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Sleep()
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Sleep()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Sleep()
        return self.suppress


async def main():
    async for x in ticker(3):
        print("got", x)
    async for x in Counter(2):
        print("counter", x)
    else:
        print("for-else")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("partial", x)
    print([x async for x in ticker(3)])
    print({x: x * x async for x in Counter(3)})
    print({x async for x in ticker(2)})
    print([await Num(v) for v in range(3)])
    g = (x * 2 async for x in ticker(2))
    print(type(g).__name__)
    async for y in g:
        print("genexp", y)
    async with Manager("a") as v:
        print("inside", v)
    async with Manager("b", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async with Manager("d") as d1, Manager("e") as d2:
        print(d1, d2)
    for i in range(3):
        async with Manager("loop"):
            if i == 1:
                break
    return await helper()


class Num:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "num"
        return self.v


async def helper():
    async with Manager("ret"):
        return "returned"


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks", ticks)
            return e.value


print(run(main()))


async def protocol():
    a = ticker(2)
    print(repr(a).startswith("<async_generator object ticker at"), a.__aiter__() is a)
    print(await a.__anext__())
    print(await a.asend(None))
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    b = ticker(5)
    print(await b.__anext__())
    try:
        await b.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow raised", e)
    c = ticker(5)
    await c.__anext__()
    print(await c.aclose())
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("closed gen: StopAsyncIteration")
    async for bad in [1, 2]:
        pass

try:
    run(protocol())
except TypeError as e:
    print("TypeError:", e)


async def echo():
    received = None
    while True:
        try:
            received = yield received
        except KeyError:
            received = "key"


async def talk():
    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.athrow(KeyError))
    await e.aclose()
    aw = e.asend(None)
    try:
        await aw
    except StopAsyncIteration:
        print("done")
    try:
        await aw
    except RuntimeError as x:
        print("RuntimeError:", x)

run(talk())


async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def close_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(close_stubborn())


class NoAnext:
    def __aiter__(self):
        return 1

async def bad_aiter():
    async for x in NoAnext():
        pass

try:
    run(bad_aiter())
except TypeError as e:
    print("TypeError:", e)


class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3

async def bad_anext():
    async for x in BadAnext():
        pass

try:
    run(bad_anext())
except TypeError as e:
    print("TypeError:", e)


class NoAenter:
    pass

async def bad_with():
    async with NoAenter():
        pass

try:
    run(bad_with())
except AttributeError as e:
    print("AttributeError:", e)


async def raiser_gen():
    yield 1
    raise StopAsyncIteration

async def use_raiser():
    try:
        async for x in raiser_gen():
            print("rg", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

run(use_raiser())
