"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k that
has children, so that heap[0] is the smallest item: heappush and heappop add and take items
keeping it so, heapify makes a list a heap in linear time. Items are compared with < only,
in exactly the order CPython 3.8's C implementation compares them, so that a program whose
__lt__ has side effects sees the same calls, and equal items settle the same way.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _not_a_list():
    return TypeError('heap argument must be a list')


def _size_changed():
    return RuntimeError('list changed size during iteration')


# The two sifts, for a min-heap (an item goes before another when it is <) and for a max-heap
# (operands swapped). A comparison must leave the heap's length alone, as CPython checks.
# _siftdown moves the item at pos up towards startpos past the parents it goes before.
# _siftup moves the item at pos down to a leaf, always along the child that goes first (the
# right one unless the left goes strictly before it), then sifts it back up from there: fewer
# comparisons than stopping on the way down, since the item put at pos is usually a large one
# from the bottom.

def _siftdown(heap, startpos, pos):
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        goes_before = newitem < parent
        if len(heap) != size:
            raise _size_changed()
        if not goes_before:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            left_first = heap[childpos] < heap[childpos + 1]
            if len(heap) != endpos:
                raise _size_changed()
            if not left_first:
                childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        goes_before = parent < newitem
        if len(heap) != size:
            raise _size_changed()
        if not goes_before:
            break
        heap[parentpos] = newitem
        heap[pos] = parent
        pos = parentpos


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            left_first = heap[childpos + 1] < heap[childpos]
            if len(heap) != endpos:
                raise _size_changed()
            if not left_first:
                childpos += 1
        child = heap[childpos]
        heap[childpos] = heap[pos]
        heap[pos] = child
        pos = childpos
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise _not_a_list()
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def _pop(heap, siftup):
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    siftup(heap, 0)
    return smallest


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop(heap, _siftup)


def _heappop_max(heap):
    """Maxheap variant of heappop."""
    return _pop(heap, _siftup_max)


def _replace(heap, item, siftup):
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    return _replace(heap, item, _siftup)


def _heapreplace_max(heap, item):
    """Maxheap variant of heapreplace"""
    return _replace(heap, item, _siftup_max)


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap.

    The combined action runs more efficiently than heappush() followed by
    a separate call to heappop()."""
    if not isinstance(heap, list):
        raise _not_a_list()
    if not heap:
        return item
    if not heap[0] < item:
        return item
    # The comparison may have emptied the heap.
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


# Beyond this size, heapify sifts in an order that stays within the cache; CPython 3.8 does
# so for more than 2500 items, and since the order decides which comparisons are made and
# how ties settle, so do we.
_CACHE_FRIENDLY_SIZE = 2500


def _heapify(heap, siftup):
    if not isinstance(heap, list):
        raise _not_a_list()
    size = len(heap)
    if size > _CACHE_FRIENDLY_SIZE:
        _heapify_by_subtrees(heap, siftup)
        return
    for pos in reversed(range(size >> 1)):
        siftup(heap, pos)


def _heapify_by_subtrees(heap, siftup):
    """Sifts the nodes of the two lowest levels that have children, from the right, and
    after each left child its parent too, and so on up while the node sifted is a left child:
    each subtree is finished while its nodes are still in the cache, and the levels above are
    reached through the left children."""
    first_leaf = len(heap) >> 1
    # The leftmost node of first_leaf's row: the largest power of two <= first_leaf + 1, less 1.
    row_start = (1 << ((first_leaf + 1).bit_length() - 1)) - 1
    last_parent_of_leaves = first_leaf >> 1
    for start, stop in ((row_start - 1, last_parent_of_leaves - 1), (first_leaf - 1, row_start - 1)):
        for pos in range(start, stop, -1):
            while True:
                siftup(heap, pos)
                if not pos & 1:
                    break
                pos >>= 1


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _heapify(x, _siftup)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _heapify(x, _siftup_max)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # Each entry is a list [sort value, rank, item, next]: the rank (the input's position,
    # negated for reverse) breaks ties in the order of the inputs, so that neither the item
    # nor next is ever compared. Without a key the sort value is the item itself.
    if reverse:
        heapify_entries, pop_entry, replace_entry = _heapify_max, _heappop_max, _heapreplace_max
        direction = -1
    else:
        heapify_entries, pop_entry, replace_entry = heapify, heappop, heapreplace
        direction = 1
    heap = []
    for rank, iterator in enumerate(map(iter, iterables)):
        next_item = iterator.__next__
        try:
            item = next_item()
        except StopIteration:
            continue
        heap.append([item if key is None else key(item), rank * direction, item, next_item])
    heapify_entries(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                item = entry[3]()
                entry[0] = item if key is None else key(item)
                entry[2] = item
                replace_entry(heap, entry)
        except StopIteration:
            pop_entry(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3].__self__


def _first_n(n, iterable, key, reverse):
    """What nsmallest (reverse false) or nlargest (reverse true) returns without a heap: when
    n is 1, or at least the iterable's length; None otherwise."""
    if n == 1:
        missing = object()
        choose = max if reverse else min
        if key is None:
            best = choose(iter(iterable), default=missing)
        else:
            best = choose(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=reverse)[:n]
    return None


# nsmallest and nlargest keep the best n items seen in a heap whose top is the worst of them,
# as entries (item, rank) or (key, rank, item): the rank is the order the item came in
# (negated for nlargest), so that equal items keep their input order and neither the items of
# equal keys nor equal items are compared beyond ==.

def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    shortcut = _first_n(n, iterable, key, False)
    if shortcut is not None:
        return shortcut
    it = iter(iterable)
    if key is None:
        result = [(item, rank) for rank, item in zip(range(n), it)]
    else:
        result = [(key(item), rank, item) for rank, item in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    worst = result[0][0]
    rank = n
    for item in it:
        if key is None:
            if item < worst:
                _heapreplace_max(result, (item, rank))
                worst = result[0][0]
                rank += 1
        else:
            item_key = key(item)
            if item_key < worst:
                _heapreplace_max(result, (item_key, rank, item))
                worst = result[0][0]
                rank += 1
    result.sort()
    item_index = 0 if key is None else 2
    return [entry[item_index] for entry in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    shortcut = _first_n(n, iterable, key, True)
    if shortcut is not None:
        return shortcut
    it = iter(iterable)
    if key is None:
        result = [(item, rank) for rank, item in zip(range(0, -n, -1), it)]
    else:
        result = [(key(item), rank, item) for rank, item in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    worst = result[0][0]
    rank = -n
    for item in it:
        if key is None:
            if worst < item:
                heapreplace(result, (item, rank))
                worst = result[0][0]
                rank -= 1
        else:
            item_key = key(item)
            if worst < item_key:
                heapreplace(result, (item_key, rank, item))
                worst = result[0][0]
                rank -= 1
    result.sort(reverse=True)
    item_index = 0 if key is None else 2
    return [entry[item_index] for entry in result]
