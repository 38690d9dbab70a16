# The Ellipsis literal.
x = ...
print(x, repr(...), str(...), type(...).__name__, ... is Ellipsis, x is ...)


def stub():
    ...


print(stub(), [1, ...], (...,), {...: 1}[...], bool(...), ... == Ellipsis)
print(hash(...) == hash(Ellipsis), ... in [0, ...])
try:
    [1, 2][x]
except TypeError as e:
    print(e)
