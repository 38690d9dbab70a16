squares = [x * x for x in range(10)]
print(squares)
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print({k: v for k, v in [("a", 1), ("b", 2)]})
def f(n):
    scale = 10
    return [i * scale for i in range(n) if i % 2]
print(f(7))
x = "outer"
print([x for x in range(3)], x)
print([[j for j in range(i)] for i in range(4)])
def g():
    return [1 // (i - 2) for i in range(5)]
g()
