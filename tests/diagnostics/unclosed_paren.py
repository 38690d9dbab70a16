def total(a, b):
    return a + b


print(total(1, 2)
print("after")
