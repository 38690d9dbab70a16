import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(heap, value)
    print(heap)
print([heappop(heap) for _ in range(len(heap))])

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 5), data)
print(heappushpop([], 3))

# Strings, tuples, floats.
words = ['pear', 'apple', 'fig', 'banana', 'cherry', 'date']
heapify(words)
print([heappop(words) for _ in range(len(words))])
tasks = [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'eat')]
heapify(tasks)
print(heappop(tasks), heappop(tasks), tasks)
floats = [2.5, -1.0, 3.25, 0.0]
heapify(floats)
print(floats)

# A heap sort of a pseudo-random sequence, checked against sorted().
values = [(i * 7919) % 1009 for i in range(300)]
heap = []
for v in values:
    heappush(heap, v)
print(all(heap[k] <= heap[c] for k in range(len(heap)) for c in (2 * k + 1, 2 * k + 2) if c < len(heap)))
print([heappop(heap) for _ in range(len(heap))] == sorted(values))
big = [(i * 104729) % 7919 for i in range(5000)]
heapify(big)
print(big[:10], big[2500:2505], big[-5:])
print([heappop(big) for _ in range(len(big))] == sorted((i * 104729) % 7919 for i in range(5000)))

# nlargest / nsmallest.
print(nlargest(3, [1, 8, 3, 9, 4]), nsmallest(3, [1, 8, 3, 9, 4]))
print(nlargest(1, [1, 8, 3]), nsmallest(1, [1, 8, 3]), nlargest(1, []), nsmallest(1, iter([])))
print(nlargest(0, [1, 2]), nsmallest(-2, [1, 2]), nlargest(5, [3, 1, 2]), nsmallest(10, (4, 2)))
print(nlargest(3, iter(range(20))), nsmallest(3, iter(range(20, 0, -1))))
print(nlargest(2, {'a': 3, 'b': 1, 'c': 2}), nsmallest(2, 'hello'))
print(nlargest(2, ['aaa', 'b', 'cc', 'dddd'], key=len), nsmallest(2, ['aaa', 'b', 'cc', 'dddd'], key=len))
print(nsmallest(4, iter([5, 1, 4, 2, 3, 0, 6]), key=lambda x: -x))
print(nlargest(4, iter([5, 1, 4, 2, 3, 0, 6]), key=lambda x: -x))

# merge.
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([1, 2])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [6, 3], reverse=True)))
print(list(heapq.merge(['kangaroo', 'fish', 'cat'], ['horse', 'dog'], key=len, reverse=True)))
print(list(heapq.merge(iter([1, 4]), (2, 3), range(0, 10, 3))))
m = heapq.merge([1, 2], [1, 3])
print(type(m).__name__, next(m), next(m), list(m))

# Errors.
attempt('pop empty', lambda: heappop([]))
attempt('replace empty', lambda: heapreplace([], 1))
attempt('push tuple', lambda: heappush((), 1))
attempt('pop tuple', lambda: heappop((1,)))
attempt('heapify tuple', lambda: heapify((3, 1)))
attempt('replace tuple', lambda: heapreplace((1,), 2))
attempt('pushpop tuple', lambda: heappushpop((), 1))
attempt('mixed', lambda: heapify([1, 'a', 2.0]))
attempt('push mixed', lambda: heappush([1], 'a'))
attempt('nlargest int', lambda: nlargest(2, 5))
attempt('nsmallest float', lambda: nsmallest(1.5, [1, 2, 3]))
attempt('merge int', lambda: list(heapq.merge([1], 5)))
print(sorted(heapq.__all__))
