import asyncio
import time


async def sleeper(name, delay, log):
    log.append(name + " start")
    await asyncio.sleep(delay)
    log.append(name + " end")
    return delay


async def main():
    log = []
    start = time.monotonic()
    tasks = [asyncio.create_task(sleeper(n, d, log), name=n)
             for n, d in [("slow", 0.15), ("fast", 0.05), ("mid", 0.1)]]
    for coro in asyncio.as_completed(tasks):
        print("as_completed ->", await coro)
    elapsed = time.monotonic() - start
    print("elapsed ok:", 0.15 <= elapsed < 5)
    print(log)

    done, pending = await asyncio.wait(
        [asyncio.create_task(sleeper("w1", 0.01, log), name="w1"),
         asyncio.create_task(sleeper("w2", 0.2, log), name="w2")],
        return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled", t.get_name(), t.cancelled())

    done, pending = await asyncio.wait(
        [asyncio.create_task(sleeper("t1", 0.01, log)), asyncio.create_task(sleeper("t2", 0.5, log))],
        timeout=0.15)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)

    try:
        await asyncio.wait_for(sleeper("too slow", 1, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e), type(e))
    print(await asyncio.wait_for(sleeper("quick", 0.01, log), timeout=1))
    print(await asyncio.wait_for(sleeper("no timeout", 0, log), None))
    try:
        await asyncio.wait_for(sleeper("zero", 0.01, log), 0)
    except asyncio.TimeoutError:
        print("zero timeout")
    print(log[-6:])

    fail = asyncio.create_task(boom())
    try:
        await fail
    except ValueError as e:
        print("task raised", e, fail.done(), repr(fail.exception()))
    print(await asyncio.gather(boom(), sleeper("g", 0.01, log), return_exceptions=True))
    try:
        await asyncio.gather(boom(), sleeper("g2", 0.01, log))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)
    print(log[-2:])


async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")


asyncio.run(main())
