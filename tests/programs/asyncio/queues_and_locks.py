import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print("put", i, "size", queue.qsize())
    await queue.put(None)


async def consumer(queue, name):
    total = 0
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            break
        print(name, "got", item)
        total += item
    return total


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke")


async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def limited(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.01)


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue, queue.empty(), queue.full(), queue.maxsize)
    results = await asyncio.gather(producer(queue, 5), consumer(queue, "c"))
    print(results)
    await queue.join()
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e))
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q2)
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("is_set", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("is_set", event.is_set(), await event.wait())
    event.clear()
    print("cleared", event.is_set())

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print("locked", lock.locked())
    lock.release()

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in "pqrs"))
    print(log, sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
