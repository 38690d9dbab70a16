# An uncaught IndexError from list.pop inside a function.


def drain(items):
    total = 0
    while True:
        total += items.pop()
    return total


print("before")
print(drain([1, 2, 3]))
print("not reached")
