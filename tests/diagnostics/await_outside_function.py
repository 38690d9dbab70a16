async def fetch():
    return 1


result = await fetch()
