import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled inside")
        raise
    finally:
        print(name, "cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "kept going"


async def child():
    await asyncio.sleep(0.01)
    return "child"


async def main():
    t = asyncio.create_task(forever("f"), name="forever")
    await asyncio.sleep(0.05)
    print("cancel ->", t.cancel())
    print(repr(t))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", repr(e), t.cancelled(), t.done())
    print(repr(t))
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    early = asyncio.create_task(child())
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before start")

    g = asyncio.gather(child(), forever("g"))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    fut = asyncio.get_running_loop().create_future()
    print(fut)
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "late")
    print(await fut, fut)
    fut2 = asyncio.get_running_loop().create_future()
    fut2.set_exception(KeyError("k"))
    print(fut2)
    try:
        await fut2
    except KeyError as e:
        print("future raised", repr(e))
    fut3 = asyncio.Future()
    print(fut3.cancel(), fut3)
    try:
        fut3.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        asyncio.Future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.current_task().get_name())
    shielded = asyncio.create_task(child())
    print(await asyncio.shield(shielded))


asyncio.run(main())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(child()))
print(loop.run_until_complete(asyncio.gather(child(), child())))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
unscheduled = child()
try:
    asyncio.create_task(unscheduled)
except RuntimeError as e:
    print("RuntimeError:", e)
unscheduled.close()
