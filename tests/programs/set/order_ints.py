# Iteration order of int sets built in different ways: strides that collide in the low bits,
# negatives, values past the 61-bit hash modulus, sizes across every resize threshold.


def by_add(n, start, stride):
    s = set()
    i = 0
    while i < n:
        s.add(start + i * stride)
        i = i + 1
    return s


def as_list(n, start, stride):
    items = []
    i = 0
    while i < n:
        items = items + [start + i * stride]
        i = i + 1
    return items


strides = [1, 2, 3, 5, 7, 8, 16, 32, 100, 1024, 4096, -1, -3, -64, 2 ** 32, 2 ** 61 - 1, 2 ** 61, 2 ** 64 + 3, -(2 ** 70)]
sizes = [0, 1, 2, 4, 5, 6, 9, 10, 19, 20, 21, 40, 77]
for stride in strides:
    for n in sizes:
        s = by_add(n, -(n // 2), stride)
        print(stride, n, len(s), s)

# set(list) adds left to right, like add; reversed input gives another order when slots collide.
for stride in [1, 8, 64, 2 ** 40, -5]:
    items = as_list(30, 3, stride)
    print(set(items))
    print(set(items[::-1]))
    print(set(items + items))
    print(frozenset(items[::2]))

# Hashes: -1 hashes like -2; multiples of 2**61 - 1 hash to 0; floats equal to ints are the same key.
print(set([-1, -2, 0, 2 ** 61 - 1, 2 * (2 ** 61 - 1), 1.0, 1, True, 0.0, False, -2.0]))
print(set([2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63)]))

# Collisions past the linear probes: keys sharing their low bits force perturbed jumps.
for shift in [3, 5, 10, 20, 33]:
    print(by_add(25, 1, 1 << shift))
    print(by_add(25, -1, -(1 << shift)))
