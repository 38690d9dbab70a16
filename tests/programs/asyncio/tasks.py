import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name + " done"


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="bee")
    print(t1.get_name(), t2.get_name())
    print(repr(t2))
    print("main before await")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    r = await t1
    print(r, await t2)
    print(repr(t1))
    t2.set_name("renamed")
    print(repr(t2))
    results = await asyncio.gather(worker("x", 2), worker("y", 1), asyncio.sleep(0.01, "slept"))
    print(results)
    return 42


print(asyncio.run(main()))
