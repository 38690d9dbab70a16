# An uncaught StopIteration from next() without a default.
it = iter([1])
print(next(it))
print(next(it, "default"))
print(next(it))
