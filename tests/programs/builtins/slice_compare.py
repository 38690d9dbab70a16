# Slices compare as (start, stop, step) tuples and are unhashable.
a = slice(1, 2)
b = slice(1, 2, None)
c = slice(1, 3)
print(a == b, a != b, a == c, a != c)
print(a < c, a <= c, a > c, a >= c)
print(slice(1, 2, 3) < slice(1, 2, 4), slice(None) == slice(None, None, None))
print(a == (1, 2, None), a != (1, 2, None))
print(slice(0, 1, 1) < slice(0, 1, 2), slice(2) > slice(1))
nan = float("nan")
s = slice(nan)
print(s == s, s != s, s < s, s <= s, s > s, s >= s)
print(slice(nan) == slice(nan), slice(nan) != slice(nan))
print(sorted([slice(3, 4, 1), slice(1, 5, 2), slice(1, 2, 3), slice(0, 9, 0)]))
try:
    slice(None) < slice(1)
except TypeError as e:
    print("TypeError:", e)
try:
    a < (1, 2, None)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    {slice(1): 0}
except TypeError as e:
    print("TypeError:", e)
