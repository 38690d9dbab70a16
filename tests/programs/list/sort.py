# list.sort and sorted: order, stability, key=, reverse=, failures and mutation.

print("-- plain")
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a = ["pear", "Apple", "fig", "apple", ""]
a.sort()
print(a)
a = [3.5, -1, 2, True, 0.0, -2.5, False]
a.sort()
print(a)
a = [[2, 1], [1, 2], [1], [], [1, 1, 1]]
a.sort()
print(a)
a = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
a.sort()
print(a)
e = []
e.sort()
print(e)
one = [42]
one.sort()
print(one)
print(sorted([]), sorted([3]), sorted((3, 1, 2)), sorted("banana"), sorted(range(5, 0, -1)))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2}.items()))
print(sorted({3: 0, 1: 0}.keys()), sorted({1: "z", 2: "y"}.values()))

print("-- already ordered and descending runs")
print(sorted(list(range(20))) == list(range(20)))
print(sorted(list(range(20, 0, -1))) == list(range(1, 21)))
a = [1, 1, 1, 1]
a.sort(reverse=True)
print(a)

print("-- longer lists")
n = 1000
big = []
x = 12345
for i in range(n):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 997)
s = sorted(big)
ok = True
for i in range(1, n):
    if s[i - 1] > s[i]:
        ok = False
print(ok, len(s), s[0], s[-1], sum(s) == sum(big))
r = sorted(big, reverse=True)
print(r[0], r[-1], r == s[::-1])

print("-- stability with key")
words = ["ccc", "a", "bb", "dd", "e", "fff", "gg", "h"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b"), (2, "c"), (1, "m")]


def first(p):
    return p[0]


def second(p):
    return p[1]


print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
print(sorted(pairs, key=second))
stable = []
for i in range(200):
    stable.append((i % 7, i))
by_mod = sorted(stable, key=first)
ok = True
for i in range(1, 200):
    a0 = by_mod[i - 1]
    a1 = by_mod[i]
    if a0[0] == a1[0] and a0[1] > a1[1]:
        ok = False
print("stable over 200:", ok)
by_mod_rev = sorted(stable, key=first, reverse=True)
ok = True
for i in range(1, 200):
    a0 = by_mod_rev[i - 1]
    a1 = by_mod_rev[i]
    if a0[0] == a1[0] and a0[1] > a1[1]:
        ok = False
print("stable reversed over 200:", ok, by_mod_rev[0], by_mod_rev[-1])

print("-- key functions")
print(sorted([-3, 1, -2, 4], key=abs))
print(sorted(["b", "A", "c"], key=str), sorted([3, 10, 2], key=str))
print(sorted([[1, 2, 3], [4], [5, 6]], key=len, reverse=True))
print(sorted([1, 2, 3], key=None), sorted([2, 1], key=None, reverse=False))
calls = []


def noisy(x):
    calls.append(x)
    return -x


print(sorted([1, 3, 2], key=noisy), calls)
print(sorted([3, 1, 2], key=lambda v: (v % 2, v)))

print("-- reverse flag values")
print(sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=0), sorted([1, 3, 2], reverse=True))
print(sorted([1, 3, 2], reverse=-5), sorted([1, 3, 2], reverse=False))

print("-- nan and mixed numbers")
nan = float("nan")
print(sorted([3, nan, 1, 2, nan, 0]))
print(sorted([2, 1.5, True, 0, -0.5]))
print(sorted([10 ** 20, -(10 ** 20), 3, 2.5e19]))

print("-- sort returns None and keeps identity")
a = [3, 2, 1]
b = a
print(a.sort(), a is b, b)
print(sorted(a) is a, sorted(a) == a)


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(repr(e))


print("-- failing comparisons leave the list as CPython does")
a = [3, "a", 1, 2]
check(lambda: a.sort())
print(a)
a = [5, 4, 3, "a", 1, 2]
check(lambda: a.sort())
print(a)
a = [1, 2, 3, "a", 1, 2]
check(lambda: a.sort(reverse=True))
print(a)
a = [2, 1, 3, None]
check(lambda: a.sort())
print(a)
check(lambda: sorted([1, "x"]))
check(lambda: sorted([[1], (1,)]))
check(lambda: sorted([{}, {}]))


def bad_key(x):
    if x == 2:
        return 1 / 0
    return x


a = [3, 2, 1]
check(lambda: a.sort(key=bad_key))
print(a)
check(lambda: sorted([1, 2], key=len))

print("-- argument errors")
check(lambda: [].sort(1))
check(lambda: [].sort(foo=1))
check(lambda: [].sort(key=len, reverse=True, x=1))
check(lambda: [2, 1].sort(reverse="x"))
check(lambda: [2, 1].sort(reverse=None))
check(lambda: [2, 1].sort(reverse=1.5))
check(lambda: [2, 1].sort(key=1))
check(lambda: sorted())
check(lambda: sorted([1], 2))
check(lambda: sorted(5))
check(lambda: sorted([1], foo=2))

print("-- mutating the list while it sorts")
L = [3, 1, 2]


def grow(x):
    print("key", x, L, len(L))
    L.append(x)
    return x


check(lambda: L.sort(key=grow))
print(L)
L = [3, 1, 2]


def add_remove(x):
    L.append(x)
    L.pop()
    return x


check(lambda: L.sort(key=add_remove))
print(L)
L = [3, 1, 2]


def clear_it(x):
    L.clear()
    return x


check(lambda: L.sort(key=clear_it))
print(L)
seen = []
M = [2, 1]


def peek(x):
    seen.append(len(M))
    seen.append(M[:])
    return x


M.sort(key=peek)
print(M, seen)
