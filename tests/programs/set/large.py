# Large sets: past 50000 elements a full table doubles instead of quadrupling.


def fill(s, n, stride, modulus):
    i = 0
    while i < n:
        s.add((i * stride) % modulus - modulus // 2)
        i = i + 1
    return s


s = fill(set(), 70000, 7919, 1000003)
items = list(s)
print(len(s), items[:15], items[-15:], items[35000:35010])
t = set(s)
i = 0
while i < 60000:
    t.discard(i * 5 - 500000)
    i = i + 1
items = list(t)
print(len(t), items[:15], items[-15:])
d = list(s - t)
print(len(d), d[:10], d[-10:])
x = list(s ^ set(range(0, 100000, 3)))
print(len(x), x[:10], x[-10:])
w = set()
i = 0
while i < 52000:
    w.add("k" + str(i))
    i = i + 1
items = list(w)
print(items[:10], items[-10:])
print(list(w & set(["k5", "k77", "x", "k51999"])))
