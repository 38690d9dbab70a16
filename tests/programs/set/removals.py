# Removal leaves dummies that later insertions reuse, copies drop, and difference_update
# resizes away; pop resumes where the previous pop stopped, across clears and resizes.


def fill(s, n, stride):
    i = 0
    while i < n:
        s.add(i * stride)
        i = i + 1
    return s


def remove_every(s, n, stride, every):
    i = 0
    while i < n:
        if i % every == 0:
            s.remove(i * stride)
        i = i + 1


def pops(s, k):
    out = []
    while k > 0 and len(s) > 0:
        out = out + [s.pop()]
        k = k - 1
    return out


for stride in [1, 8, 32, 1000, -3, 2 ** 35]:
    for every in [1, 2, 3, 7]:
        s = fill(set(), 40, stride)
        remove_every(s, 40, stride, every)
        print(stride, every, len(s), s)
        # Re-adding reuses the last dummy each probe passed.
        fill(s, 10, stride * 3)
        print(s)
        print(set(s), s.copy(), frozenset(s))

# discard of absent keys changes nothing; remove and discard of equal floats and ints.
s = fill(set(), 12, 1)
s.discard(100)
s.discard(3.0)
s.remove(4.0)
s.discard(True)
print(s, len(s))

# A set that grew and then shrank keeps its large table until a resize: copies are smaller.
s = fill(set(), 200, 7)
remove_every(s, 200, 7, 1)
fill(s, 6, 5)
print(s, s.copy(), set(s) == s)
s = fill(set(), 200, 7)
remove_every(s, 190, 7, 1)
print(s, s.copy())

# pop keeps a finger across calls, clears and growth.
s = fill(set(), 30, 5)
print(pops(s, 5), s)
s.add(1000)
s.add(1)
print(pops(s, 3), s)
fill(s, 50, 11)
print(pops(s, 4))
s.clear()
print(s, len(s), pops(s, 1))
fill(s, 20, 3)
print(pops(s, 25), s)
s = set([5, 13, 21, 29])
print(s.pop(), s.pop(), s)
s.add(37)
print(s.pop(), s)

# difference_update drops the dummies when more than a quarter of the table is dummies.
for count in [1, 5, 10, 20, 30, 39]:
    s = fill(set(), 40, 9)
    t = fill(set(), count, 9)
    s.difference_update(t)
    fill(s, 8, 4)
    print(count, s)
    s = fill(set(), 40, 9)
    s.difference_update(list(t))
    fill(s, 8, 4)
    print(count, s)

# clear, then reuse.
s = fill(set(), 100, 1)
s.clear()
print(s, fill(s, 10, 9))
