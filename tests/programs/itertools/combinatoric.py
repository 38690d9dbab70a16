# product, permutations, combinations and combinations_with_replacement, and zip_longest.
from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest
from math import comb, factorial, perm


def check(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def noisy(items, name="src"):
    for x in items:
        print("  pull", name, repr(x))
        yield x
    print("  end of", name)


print("-- product")
print(list(product("ab", [1, 2])), list(product()), list(product([])), list(product("ab", [])))
print(list(product("ab", repeat=2)), list(product(repeat=0)), list(product([1, 2], repeat=0)), list(product(repeat=3)))
print(list(product(range(2), "x", [True, False])), len(list(product(range(3), repeat=4))))
print(list(product([1, 2], [3], repeat=2)), list(product(1, repeat=0)), type(product()).__name__)
p = product(noisy("ab", "left"), noisy("xy", "right"))
print("made")
print(next(p), list(p), list(p))
check(lambda: product(repeat=-1))
check(lambda: product(repeat=1.0))
check(lambda: product(repeat="a"))
check(lambda: product(x=1))
check(lambda: product(repeat=1, x=1))
check(lambda: product(1))
check(lambda: product([1, 2], repeat=2 ** 62))
check(lambda: product([1], repeat=2 ** 70))
check(lambda: product([1], repeat=2 ** 59))

print("-- permutations")
print(list(permutations("abc")), list(permutations("abc", 2)), list(permutations([1, 2, 3], 0)))
print(list(permutations([])), list(permutations("ab", 3)), list(permutations(range(3), None)), list(permutations("ab", True)))
print(list(permutations(iterable="xy", r=1)), [len(list(permutations(range(n), k))) == perm(n, k) for n in range(5) for k in range(5)])
print(list(permutations("aab")), list(permutations(range(4)))[-5:])
check(lambda: permutations())
check(lambda: permutations([], "a"))
check(lambda: permutations([], 2.0))
check(lambda: permutations([], -1))
check(lambda: permutations([], r=1, x=2))
check(lambda: permutations([], 1, 2))
check(lambda: permutations(1))
check(lambda: permutations(1, "a"))
check(lambda: permutations([], 2 ** 70))
check(lambda: permutations([], x=1))
check(lambda: permutations([1], 2 ** 62))

print("-- combinations")
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations([], 0)), list(combinations([], 1)), list(combinations("ab", 3)), list(combinations("abc", 3)))
print([len(list(combinations(range(n), k))) == comb(n, k) for n in range(6) for k in range(6)])
print(list(combinations(iterable=[3, 1, 2], r=2)), list(combinations("aab", 2)), list(combinations(range(5), 4)))
check(lambda: combinations([]))
check(lambda: combinations([], -1))
check(lambda: combinations([], "a"))
check(lambda: combinations([], 1.0))
check(lambda: combinations([], None))
check(lambda: combinations([], 1, 2))
check(lambda: combinations(1, 2))
check(lambda: combinations(1, "a"))
check(lambda: combinations(1, -1))
check(lambda: combinations([], r=1, x=2))
check(lambda: combinations([1], 2 ** 63))
check(lambda: combinations("a", iterable="b"))
check(lambda: combinations([1], 2 ** 62))

print("-- combinations_with_replacement")
cwr = combinations_with_replacement
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 1)), list(cwr("ab", 0)), list(cwr("a", 3)))
print(list(cwr(range(3), 3)), [len(list(cwr(range(n), k))) == comb(n + k - 1, k) for n in range(1, 5) for k in range(5)])
print(list(cwr(iterable="xy", r=3)), type(cwr("", 0)).__name__)
check(lambda: cwr([]))
check(lambda: cwr([], -1))
check(lambda: cwr([], "a"))
check(lambda: cwr([1], 2 ** 70))
check(lambda: cwr(1, 1))
check(lambda: cwr([], 2 ** 62))

print("-- zip_longest")
print(list(zip_longest("abc", [1])), list(zip_longest()), list(zip_longest([])), list(zip_longest("ab", fillvalue=0)))
print(list(zip_longest([1], "ab", (), fillvalue="-")), list(zip_longest(fillvalue=1)), list(zip_longest([1], "ab", fillvalue=None)))
print(dict(zip_longest("abc", range(2))), type(zip_longest()).__name__)
z = zip_longest(noisy([1, 2], "short"), noisy("abc", "long"))
print("made")
print(list(z))
print(list(z))
check(lambda: zip_longest(1))
check(lambda: zip_longest([], x=1))
check(lambda: zip_longest([], fillvalue=1, x=2))


def failing():
    yield 1
    raise ValueError("bad item")


z = zip_longest(failing(), "abc")
print(next(z))
check(lambda: next(z))
print(list(z))
