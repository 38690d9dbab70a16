for i in range(5, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -10, -3):
    print(i, end=" ")
print()
for i in range(0, 5, -1):
    print("never", i)
for i in range(-1, -6, -1):
    print(i, end=",")
print()
for i in range(3):
    print("single arg", i)
for i in range(2, 5):
    print("two args", i)
for i in range(0, 20, 5):
    print("step 5:", i)
for i in range(-3, 3):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(100, 0, -25):
    print(i)
total = 0
for i in range(1000, 0, -7):
    total += i
print(total)
countdown = ""
for i in range(10, -1, -2):
    countdown += str(i) + " "
print(countdown)
lst = ["a", "b", "c", "d"]
for i in range(len(lst) - 1, -1, -1):
    print(i, lst[i])
print(range(5), range(1, 5), range(10, 0, -2))
print(len(range(2 ** 65, 0, -2 ** 60)))
for i in range(2 ** 64, 2 ** 64 - 3, -1):
    print(i)
