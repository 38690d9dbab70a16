x = "global x"

class A:
    __secret = 1
    y = __secret + 1
    del __secret
    tmp = [1, 2]
    first = tmp[0]
    del tmp
    x = "class x"
    del x
    seen = x
    a, b = 1, 2
    del a, b

print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(A.y, A.first, A.seen, hasattr(A, "_A__secret"))

try:
    class B:
        del missing
except NameError as e:
    print("NameError:", e)

try:
    class C:
        v = 1
        del v
        del v
except NameError as e:
    print("NameError:", e)

try:
    class D:
        del __hidden
except NameError as e:
    print("NameError:", e)

class E:
    global x
    del x

try:
    print(x)
except NameError as e:
    print("NameError:", e)

def f():
    class F:
        z = 1
        del z
        def g(self):
            return z
    return F
z = "global z"
print(f()().g())
