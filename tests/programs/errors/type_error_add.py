def combine(x, y):
    return x + y


print(combine(1, 2))
print(combine("a", "b"))
print(combine([1], [2]))
print(combine(1.5, 2))
print(combine(1, "a"))
print("never printed")
