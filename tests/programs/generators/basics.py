def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
for x in count(3):
    print("x", x)
g = count(2)
print(next(g) if False else g.send(None), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.args)

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)

e = echo()
print(e.send(None), e.send(1), e.send("two"))
e.close()

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(w.send(None))
w.close()
print(sum_ := 0)
squares = (i * i for i in range(5))
print(list(squares))
total = 0
for v in (x + 1 for x in [1, 2, 3] if x != 2):
    total += v
print(total)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([f.send(None) for _ in range(10)])

def thrower():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)

t = thrower()
print(t.send(None), t.throw(ValueError("boom")))

def bad():
    yield 1
    raise StopIteration

try:
    list(bad())
except RuntimeError as err:
    print(err)

def gen_err():
    yield 1
    1 / 0
list(gen_err())
