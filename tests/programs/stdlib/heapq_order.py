# The comparisons heapq makes, and how it settles ties between equal but distinct items.
import heapq

log = []


class Item:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def __lt__(self, other):
        log.append('%s<%s' % (self.name, other.name))
        return self.value < other.value

    def __eq__(self, other):
        log.append('%s==%s' % (self.name, other.name))
        return self.value == other.value

    def __repr__(self):
        return self.name


def show(label, result):
    print(label, result)
    print('  ', ' '.join(log))
    del log[:]


def items(values):
    return [Item(v, '%s%d' % (chr(97 + i % 26), v)) for i, v in enumerate(values)]


heap = []
for item in items([5, 3, 8, 3, 1, 9, 1]):
    heapq.heappush(heap, item)
show('push', heap)
show('pop', [heapq.heappop(heap) for _ in range(len(heap))])

heap = items([4, 7, 2, 9, 2, 5, 1, 8, 3, 6, 2])
heapq.heapify(heap)
show('heapify', heap)
show('replace', (heapq.heapreplace(heap, Item(6, 'new6')), heap))
show('pushpop small', (heapq.heappushpop(heap, Item(0, 'zero')), heap))
show('pushpop equal', (heapq.heappushpop(heap, Item(2, 'two')), heap))
show('pushpop big', (heapq.heappushpop(heap, Item(7, 'seven')), heap))

values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]
show('nsmallest', heapq.nsmallest(5, iter(items(values))))
show('nlargest', heapq.nlargest(5, iter(items(values))))
show('nsmallest 1', heapq.nsmallest(1, items(values)))
show('nlargest 1', heapq.nlargest(1, items(values)))
show('nsmallest all', heapq.nsmallest(30, items(values[:6])))


class Key:
    """Items that compare by a key only: equal ones are distinct and show which one won."""
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __repr__(self):
        return '%s:%s' % (self.key, self.tag)


records = [Key(k, t) for t, k in enumerate([2, 1, 2, 3, 1, 3, 2, 1, 3, 2, 1])]
by_key = lambda r: r.key
print(heapq.nsmallest(4, records, key=by_key), sorted(records, key=by_key)[:4])
print(heapq.nlargest(4, records, key=by_key), sorted(records, key=by_key, reverse=True)[:4])
print(heapq.nsmallest(4, iter(records), key=by_key))
print(heapq.nlargest(4, iter(records), key=by_key))
print(heapq.nsmallest(1, records, key=by_key), heapq.nlargest(1, records, key=by_key))
print(heapq.nlargest(20, records, key=by_key))

keyed = items([4, 1, 3, 1, 2, 4, 3])
show('nsmallest key', heapq.nsmallest(3, iter(keyed), key=lambda i: i))
show('nlargest key', heapq.nlargest(3, iter(keyed), key=lambda i: i))

a = items([1, 3, 5, 7])
b = [Item(v, 'B%d' % v) for v in [1, 2, 5, 6]]
c = [Item(v, 'C%d' % v) for v in [3, 5]]
show('merge', list(heapq.merge(a, b, c)))
show('merge reverse', list(heapq.merge(a[::-1], b[::-1], c[::-1], reverse=True)))
show('merge key', list(heapq.merge(a, b, c, key=lambda i: i.value // 2)))
keys = []
def noted(item):
    keys.append(item.name)
    return item.value
show('merge key order', (list(heapq.merge(a, c, key=noted)), keys))
print([r for r in heapq.merge([Key(1, 'a'), Key(2, 'a')], [Key(1, 'b'), Key(2, 'b')], key=by_key)])
print([r for r in heapq.merge([Key(2, 'a'), Key(1, 'a')], [Key(2, 'b'), Key(1, 'b')], key=by_key, reverse=True)])

# Beyond 2500 items, heapify visits the nodes in another order: count the comparisons and
# keep a digest of which pairs were compared.
class Counted:
    compares = 0
    digest = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Counted.compares += 1
        Counted.digest = (Counted.digest * 31 + self.value * 7 + other.value) % 1000000007
        return self.value < other.value


for size in (2500, 2501, 3000, 10000):
    Counted.compares = Counted.digest = 0
    heap = [Counted((i * 7919) % 10007) for i in range(size)]
    heapq.heapify(heap)
    print(size, Counted.compares, Counted.digest, [c.value for c in heap[:8]])
    Counted.compares = Counted.digest = 0
    heapq.heappush(heap, Counted(3))
    popped = [heapq.heappop(heap).value for _ in range(50)]
    print('  ', Counted.compares, Counted.digest, popped[:10])
    Counted.compares = Counted.digest = 0
    result = heapq.nlargest(20, heap, key=lambda c: c)
    print('  ', Counted.compares, Counted.digest, [c.value for c in result[:5]])


# A comparison that changes the heap's size.
class Shrinking:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.pop()
        return True


heap = [1, 2, 3]
try:
    heapq.heappush(heap, Shrinking(heap))
except RuntimeError as e:
    print('RuntimeError', e)
heap = [0]
heap[0] = Shrinking(heap)
try:
    heapq.heappushpop(heap, 1)
except IndexError as e:
    print('IndexError', e)
