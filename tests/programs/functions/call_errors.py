def two(a, b):
    return a + b


def kw_only(*, key):
    return key


def varargs(*args, **kwargs):
    return len(args) + len(kwargs)


print(varargs(1, 2, x=3))
print(kw_only(key="k"))
print(two(*"ab"))
print(two(**{"b": 1, "a": 2}))
checks = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=2),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: two(*5),
    lambda: two(**[1]),
    lambda: two(1, **{"b": 2, "a": 3}),
    lambda: varargs(**{"a": 1}, a=2),
]
for check in checks:
    try:
        check()
        print("no error")
    except TypeError as e:
        print(e)
two(1)
