async def numbers():
    yield 1


def main():
    return [n async for n in numbers()]
