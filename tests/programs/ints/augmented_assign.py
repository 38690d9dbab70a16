x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 5
print(x)
x /= 2
print(x)
y = 2 ** 62
y += 2 ** 62
print(y)
y *= y
print(y)
y -= 1
print(y)
y //= -1000
print(y)
y %= 997
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
l = [1]
l += [2, 3]
l *= 2
print(l)
t = (1,)
t += (2,)
print(t)
n = 0
for i in range(1, 101):
    n += i
print(n)
p = 1
for i in range(1, 31):
    p *= i
print(p)
m = -7
m //= 2
print(m)
m = -7
m %= 2
print(m)
f = 1
f /= 3
print(f)
f **= 2
print(f)
