# Iterating over a dict that changes: CPython's RuntimeErrors and what iterators see.


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


def add_while_iterating():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = k


def delete_while_iterating():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]


def replace_keys_while_iterating():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 1


def change_values_while_iterating():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        d[k] = d[k] * 10
    return d


def over_items_while_adding():
    d = {"a": 1}
    for pair in d.items():
        d["b"] = 2


def over_values_while_deleting():
    d = {"a": 1, "b": 2}
    for v in d.values():
        d.pop("b")


check(add_while_iterating)
check(delete_while_iterating)
check(replace_keys_while_iterating)
check(change_values_while_iterating)
check(over_items_while_adding)
check(over_values_while_deleting)

print("-- the size error sticks; the keys error ends the iteration")
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d[3] = 3
check(lambda: next(it))
d.pop(3)
check(lambda: next(it))
check(lambda: list(it))
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
del d[2]
d[4] = 4
check(lambda: next(it))
check(lambda: next(it))

print("-- an exhausted iterator stays exhausted")
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
print(list(it), next(it, "done"))
r = reversed(d)
print(next(r), next(r), next(r, "end"))
d[3] = 3
print(next(r, "still the end"))

print("-- reversed iterators check the size too")
d = {1: 1, 2: 2}
r = reversed(d.items())
print(next(r))
d[3] = 3
check(lambda: next(r))

print("-- iterators are their own iterators")
d = {"a": 1, "b": 2}
for it in [iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values())]:
    print(iter(it) is it, list(it), list(it))

print("-- iteration order survives deletions and re-insertions")
d = {}
for x in range(10):
    d[x] = x
for x in range(0, 10, 3):
    del d[x]
d[0] = "back"
d[3] = "again"
print(list(d), list(d.values())[-2:])
big = {}
for x in range(1000):
    big[x] = x
for x in range(0, 1000, 2):
    del big[x]
print(len(big), list(big)[:5], list(reversed(big))[:3], sum(big))
for x in range(1000, 1100):
    big[x] = 0
print(len(big), list(big)[-3:])
