def inner(a, b):
    print("inner got", a, b)
    return a // b


def outer(x):
    print("outer called with", x)
    total = 0
    for d in [3, 2, 1, 0]:
        total += inner(x, d)
        print("running total", total)
    return total


print("start")
print(inner(7, 2))
outer(12)
print("never printed")
