print("before division")
x = 10
y = 4
print(x / y)
y -= 4
print("y is now", y)
print(x * y)
print(1 / 0)
print("never printed")
