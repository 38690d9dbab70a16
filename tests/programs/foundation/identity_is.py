a = None
b = [1, 2]
c = b
d = [1, 2]
print(a is None, a is not None)
print(b is c, b is d, b is not d)
print(b == d)
print(True is True, False is not True)
print(None is False)
c[0] = 100
print(b, d)


def maybe(n):
    if n > 0:
        return n


r = maybe(0)
print(r is None, r)
r = maybe(5)
print(r is None, r)
t = True
f = False
print(t is not f, (1 == 1) is True, (1 == 2) is False)
print(not (b is d))
e = {}
g = e
g["k"] = "v"
print(e is g, e)
x = [1]
y = x
x = x + [2]
print(x, y, x is y)
x = [1]
y = x
x += [2]
print(x, y, x is y)
z = (1, 2)
w = z
z = z + (3,)
print(z, w, z is w)
print(None is None, None is not None)
