def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def square(x):
    return mul(x, x)


def sum_squares(a, b):
    return add(square(a), square(b))


def hyp_sq(a, b):
    return sum_squares(a, b)


def describe(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


def noop():
    pass


def early(x):
    if x > 0:
        return "positive"
    print("  early: not positive")


print(add(1, 2))
print(mul(add(1, 2), add(3, 4)))
print(square(square(3)))
print(sum_squares(3, 4))
print(hyp_sq(5, 12))
print(add(add(add(1, 2), 3), add(4, add(5, 6))))
print(describe(-5), describe(0), describe(7), describe(100))
print(describe(add(-3, 3)))
print(noop())
print(early(1))
print(early(-1))
r = noop()
print(r is None)
print(add("ab", "cd"), add([1], [2, 3]), add((1,), (2,)))
print(mul("ha", 3), mul([0], 4))
print(len(describe(square(4))))
print(str(add(0.5, square(2))))
