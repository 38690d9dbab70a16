# An uncaught ValueError from tuple.index in a nested call.


def position(t, x):
    return t.index(x)


print(position((3, 4, 5), 5))
print(position((3, 4, 5), 6))
