def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))

def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))

add = lambda x, y=10: x + y
print(add(1), add(1, 2), (lambda: "hi")())

def outer(x):
    def middle():
        def inner():
            return x * 2
        return inner()
    return middle()
print(outer(21))

def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__ if False else "fn")
        return fn(*a, **k)
    return wrapper

@deco
def hello(name, greeting="hi"):
    return greeting + " " + name
print(hello("bob"), hello("amy", greeting="yo"))
for call in range(1):
    try:
        f()
    except TypeError as e:
        print(e)
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
    try:
        pos(a=1, b=2, c=3)
    except TypeError as e:
        print(e)
    try:
        f(1, a=2, c=3)
    except TypeError as e:
        print(e)
    try:
        pos(1, 2, 3, 4)
    except TypeError as e:
        print(e)
    try:
        hello()
    except TypeError as e:
        print(e)
