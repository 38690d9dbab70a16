def down(n):
    return down(n + 1)


def start():
    print("starting deep recursion")
    return down(0)


print("before")
start()
print("never printed")
