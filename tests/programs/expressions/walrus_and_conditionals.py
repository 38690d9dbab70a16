# 3.8's assignment expressions and their scoping, conditional expressions, chained comparisons.
values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print("long list", n)
total = 0
while (item := values.pop() if values else None) is not None:
    total += item
print(total, item)
print([y := 5, y ** 2])


def first_big(xs):
    found = [v for v in xs if (last := v) > 5]
    return found, last


print(first_big([1, 7, 3, 9]))
data = {"a": 1}
print(data["a"] if "a" in data else "missing", data["b"] if "b" in data else "missing")
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 >= 4 != 3)
a, b, c = 1, "x", 2.5
print(a if a else b, b and c, None or 0 or "" or "last", not 0, not "x")
print((lambda v: v * 2)(21), (lambda *a, **k: (a, k))(1, z=2))
