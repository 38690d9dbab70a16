def pick(a, b, c):
    return a and b or c


print(pick(0, 1, "c"), 1 < 2 < 3)
