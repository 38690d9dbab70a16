"""Bisection algorithms.

Searching and inserting in a sorted sequence a, between a[lo] (lo defaults to 0) and a[hi - 1]
(hi defaults to len(a), which is also what -1 means, as in CPython 3.8's C implementation). The
items are compared with x by x < item only.
"""

from operator import index as _index
from sys import maxsize as _MAXSIZE


def _as_ssize_t(value):
    """value as the C Py_ssize_t that CPython 3.8 parses lo and hi into."""
    if type(value) is int:
        result = value
    elif isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    else:
        result = _index(value)
    if not -_MAXSIZE - 1 <= result <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return result


def _bounds(a, lo, hi):
    lo = _as_ssize_t(lo)
    hi = _as_ssize_t(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=-1):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, i points just
    beyond the rightmost x already there

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=-1):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, i points just
    before the leftmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=-1):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a.insert(bisect_right(a, x, lo, hi), x)


def insort_left(a, x, lo=0, hi=-1):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a.insert(bisect_left(a, x, lo, hi), x)


bisect = bisect_right
insort = insort_right
