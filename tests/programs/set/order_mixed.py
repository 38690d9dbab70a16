# Iteration order of sets of strings, floats, tuples, frozensets and mixtures, which depends on
# each type's hash (PYTHONHASHSEED=0) and, for frozensets, on 3.8's frozenset hash.


def strings(n, prefix, step):
    s = set()
    i = 0
    while i < n:
        s.add(prefix + str(i * step))
        i = i + 1
    return s


def floats(n, scale):
    s = set()
    i = 0
    while i < n:
        s.add(i * scale - 3.5)
        i = i + 1
    return s


def tuples(n):
    s = set()
    i = 0
    while i < n:
        s.add((i, str(i)))
        s.add((i % 3, (i % 5, i // 7)))
        i = i + 1
    return s


def frozensets(n, width):
    s = set()
    i = 0
    while i < n:
        s.add(frozenset(range(i, i + width)))
        s.add(frozenset([str(i), i * 1.5]))
        i = i + 1
    return s


for n in [1, 3, 5, 8, 13, 21, 34, 55]:
    print(strings(n, "k", 1))
    print(strings(n, "", 7))
    print(strings(n, "key_", 1000))
    print(floats(n, 0.25))
    print(floats(n, 1e10))
    print(tuples(n))
    print(frozensets(n, 3))

print(set(["", "a", "b", "ab", "ba", "abc", "é", "ß", "日本", "\U0001f600", "a" * 100]))
print(set("mississippi"), set("the quick brown fox jumps over the lazy dog"))
print(set([0.1, 0.2, 0.30000000000000004, 1e100, -1e-100, 1e308, float("inf"), float("-inf")]))
nan = float("nan")
print(set([nan, nan, float("nan"), 1, 1.0, 2.5]))
print(set([1, "1", 1.5, (1,), frozenset([1]), True, "True", (), frozenset(), 0, -0.0]))
print(set([frozenset(), frozenset([frozenset()]), frozenset([frozenset([frozenset()])])]))
big = frozensets(30, 10)
print(len(big), big)
print(set([(), (0,), (0, 1), (0, 1, 2), ((),), (((),),)]))
