async def fetch():
    return 1


def main():
    return await fetch()
