i = 0
while i < 5:
    print("i =", i)
    i += 1
print("final", i)

n = 1
while n < 1000:
    n *= 2
print(n)

x = 100
steps = 0
while x != 0:
    x //= 3
    steps += 1
print("steps", steps)

a = 0
b = 1
fibs = []
while a < 100:
    fibs = fibs + [a]
    t = a
    a = b
    b = t + b
print(fibs)

num = 12345678987654321
digits = 0
while num > 0:
    num //= 10
    digits += 1
print("digits", digits)

lst = [3, 1, 4, 1, 5, 9, 2, 6]
idx = 0
while idx < len(lst) and lst[idx] != 9:
    idx += 1
print("index of 9:", idx)

k = 10
while k:
    k -= 3 if k >= 3 else k
    print("k", k)

depth = 0
val = 2 ** 64
while val > 1:
    val = val // 2
    depth += 1
print("log2", depth)
r = 1.0
it = 0
while r > 1e-10:
    r = r / 10
    it += 1
print(it, r)
