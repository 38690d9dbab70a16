# An uncaught ValueError from islice ends the program with CPython's traceback.
from itertools import islice, count

print(list(islice(count(), 3)))
window = islice("abcdef", 1, -5)
print("not reached", window)
