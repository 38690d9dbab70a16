# Closures, cells, nonlocal and the 3.8 errors around them.
def make_counters():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def get():
        return total

    return add, get


add, get = make_counters()
add(5)
add(7)
print(get())


def make_multipliers():
    result = []
    for i in range(3):
        def mul(x, i=i):
            return x * i
        result = result + [mul]
    return result


for m in make_multipliers():
    print(m(10))


def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs = fs + [f]
    return [fs[0](), fs[1](), fs[2]()]


print(late_binding())


def param_cell(x):
    def show():
        return x
    x = x + 1
    return show()


print(param_cell(1))


def unbound_free():
    def inner():
        return value
    result = None
    try:
        result = inner()
    except NameError as e:
        print(e)
    value = 3
    return inner()


print(unbound_free())


def unbound_cell():
    def inner():
        return 1
    print(value)
    value = inner()


try:
    unbound_cell()
except UnboundLocalError as e:
    print(e)


def deleted_cell():
    v = 1
    def read():
        return v
    del v
    return read()


try:
    deleted_cell()
except NameError as e:
    print(e)

counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def defaults_once(item, bucket=[]):
    bucket.append(item) if False else None
    bucket += [item]
    return bucket


print(defaults_once(1), defaults_once(2))


def compose(f, g):
    return lambda x: f(g(x))


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))


def curry(a):
    def b(bb):
        def c(cc):
            return a + bb + cc
        return c
    return b


print(curry(1)(2)(3))


def recursion_with_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


print(recursion_with_closure(20))
