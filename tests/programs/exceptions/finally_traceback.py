def work():
    try:
        print("working")
        raise RuntimeError("boom")
    finally:
        print("cleanup")


def main():
    work()


main()
