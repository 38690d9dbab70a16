for i in range(6):
    print(i, "even" if i % 2 == 0 else "odd")


def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


print(sign(-3), sign(0), sign(7), sign(-0.0), sign(2 ** 100))


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(2.5, 0, 1))
x = 0
label = "empty" if not x else "nonempty"
print(label)
print([] if x else [x], (1 if x else 2) * 10)
y = "yes" if "" else "no" if None else "neither"
print(y)
count = 0
for w in ["a", "bb", "", "cccc"]:
    count += 1 if w else 0
print(count)


def side(v):
    print("  called", v)
    return v


print(side(1) if side(True) else side(2))
print(side(1) if side(0) else side(2))
s = ""
for i in range(1, 16):
    s += ("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)) + " "
print(s)
print(abs(-3) if True else 1 / 0)
print(None if False else None)
