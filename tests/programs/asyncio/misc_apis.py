import asyncio


async def slow(d, v):
    await asyncio.sleep(d)
    return v


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except asyncio.TimeoutError:
        print("get timed out", q.empty(), q)
    q.put_nowait(1)
    print(await asyncio.wait_for(q.get(), timeout=0.01))
    try:
        for f in asyncio.as_completed([slow(0.01, "a"), slow(1, "b")], timeout=0.2):
            print(await f)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    t = asyncio.create_task(slow(0, "x" * 50), name=42)
    print(t.get_name(), await t)
    print(repr(t))
    print(await asyncio.gather())
    print(await asyncio.sleep(-1, "neg"))
    print(await asyncio.gather(*[slow(0.01 * (3 - i), i) for i in range(3)]))
    nums = asyncio.create_task(slow(0, list(range(10))))
    await nums
    print(nums)
    cond = asyncio.Condition()
    state = []

    async def waiter():
        async with cond:
            await cond.wait_for(lambda: state)
            print("condition met", state)

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        state.append(1)
        cond.notify_all()
    await w
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    unawaited = slow(0, 1)
    try:
        await asyncio.wait(unawaited)
    except TypeError as e:
        print("TypeError:", e)
    unawaited.close()
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(slow)
    except TypeError as e:
        print("TypeError:", str(e)[:38])


asyncio.run(main())
