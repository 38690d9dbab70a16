# An uncaught complex division by zero, raised inside a function, ends the program.


def ratio(a, b):
    return a / b


z = 1 + 2j
print(ratio(z, 2))
print(ratio(z, z - z))
print("not reached")
