class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("suspend", self.value)
        return self.value * 10 + (got or 0)


async def add(a, b):
    x = await Awaitable(a)
    y = await Awaitable(b)
    return x + y


async def outer():
    r = await add(1, 2)
    print("add ->", r)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    return r


def run(coro):
    sent = None
    while True:
        try:
            step = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("loop got", step)
        sent = 1


c = outer()
print(type(c).__name__, type(c).__qualname__ if hasattr(type(c), "__qualname__") else "")
print(repr(c).startswith("<coroutine object outer at 0x"))
print(c.__name__, c.__qualname__, c.cr_running)
print("result", run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def raiser():
    await Awaitable(1)
    raise ValueError("inside")

r = raiser()
print(r.send(None))
try:
    r.send(None)
except ValueError as e:
    print("ValueError:", e)


async def catcher():
    try:
        await Awaitable(7)
    except KeyError as e:
        print("caught", repr(e))
        return "handled"
    finally:
        print("finally")

k = catcher()
print(k.send(None))
try:
    k.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

k = catcher()
k.send(None)
k.close()
print("closed")

async def stubborn():
    try:
        await Awaitable(1)
    except GeneratorExit:
        await Awaitable(2)

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

async def stopper():
    raise StopIteration(3)

try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

w = add(3, 4).__await__()
print(type(w).__name__)
print(next(w))
print(w.send(2))
try:
    w.send(5)
except StopIteration as e:
    print("stop", e.value)

unstarted = add(1, 2)
try:
    iter(unstarted)
except TypeError as e:
    print("TypeError:", e)
unstarted.close()

class BadAwait:
    def __await__(self):
        return 5

async def bad():
    await BadAwait()

try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def just_started():
    return 1
js = just_started()
try:
    js.send(1)
except TypeError as e:
    print("TypeError:", e)
js.close()
