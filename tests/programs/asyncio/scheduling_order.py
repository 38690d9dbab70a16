import asyncio

log = []


async def ping(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} end")
    return name


async def spawner():
    log.append("spawner start")
    inner = asyncio.create_task(ping("s", 2))
    log.append("spawner created")
    await asyncio.sleep(0)
    log.append("spawner resumed")
    return await inner


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


def callback(tag):
    log.append("callback " + tag)


async def failing(delay):
    await asyncio.sleep(delay)
    raise KeyError(delay)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "first")
    a = asyncio.create_task(ping("a", 3))
    b = asyncio.create_task(ping("b", 1))
    loop.call_soon(callback, "second")
    c = asyncio.create_task(spawner())
    log.append("main yields")
    await asyncio.sleep(0)
    log.append("main back")
    a.add_done_callback(lambda t: log.append("done cb " + t.result()))
    print(await asyncio.gather(a, b, c))
    print(log)
    log.clear()

    # Timers run in deadline order; every callback is due before the first tick, so that a
    # slow machine keeps the order (a tick's task runs one loop iteration after its timer).
    now = loop.time()
    loop.call_at(now + 0.03, callback, "at 0.03")
    loop.call_at(now + 0.01, callback, "at 0.01")
    loop.call_at(now + 0.02, callback, "at 0.02")
    handle = loop.call_later(0.005, callback, "never")
    handle.cancel()
    async for i in ticks(3, 0.05):
        log.append(f"tick {i}")
    print(log)
    print([x async for x in ticks(3, 0)])

    done = asyncio.create_task(ping("d", 0))
    await done
    print(await done, done.done())

    tasks = [asyncio.create_task(failing(0.01)), asyncio.create_task(failing(0.005))]
    try:
        await asyncio.gather(*tasks)
    except KeyError as e:
        print("first failure", e)
    await asyncio.sleep(0.01)
    print([repr(t.exception()) for t in tasks])
    raise ValueError("out of main")


try:
    asyncio.run(main())
except ValueError as e:
    print("asyncio.run raised", repr(e))
