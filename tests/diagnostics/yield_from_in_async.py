async def delegate(items):
    yield from items
