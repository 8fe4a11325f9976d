"""Heap queue algorithm: a list kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

tspy's own implementation of CPython 3.11's heapq module. The five core functions are native
(vm/heapqmodule.ts), as CPython's come from C; they sift with CPython's algorithm (children are
promoted down to a leaf, then the new item bubbles up), so the lists they build are element for
element the ones CPython builds. The max-heap helpers below use the same algorithm.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from bisect import bisect_right as _bisect_right

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# The max-heap variants: private in CPython too, kept for code that reaches for them.

def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest




def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily); equal items keep their input order."""
    sources = []
    for it in iterables:
        nxt = iter(it).__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        sources.append([value if key is None else key(value), value, nxt])
    while len(sources) > 1:
        best = sources[0]
        for s in sources:
            if (best[0] < s[0]) if reverse else (s[0] < best[0]):
                best = s
        yield best[1]
        try:
            value = best[2]()
        except StopIteration:
            sources.remove(best)
            continue
        best[1] = value
        best[0] = value if key is None else key(value)
    if sources:
        value, nxt = sources[0][1], sources[0][2]
        yield value
        while True:
            try:
                yield nxt()
            except StopIteration:
                return


def _insert(keys, values, k, v):
    """Insert (k, v) into the parallel lists, keys ascending, after any equal keys."""
    i = _bisect_right(keys, k)
    keys.insert(i, k)
    values.insert(i, v)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n == 1:
        sentinel = object()
        it = iter(iterable)
        result = min(it, default=sentinel) if key is None else min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    keys = []
    values = []
    for order, elem in enumerate(iterable):
        k = (elem if key is None else key(elem), order)
        if len(keys) < n:
            _insert(keys, values, k, elem)
        elif k[0] < keys[-1][0]:
            _insert(keys, values, k, elem)
            keys.pop()
            values.pop()
    return values


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        it = iter(iterable)
        result = max(it, default=sentinel) if key is None else max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    keys = []
    values = []
    for order, elem in enumerate(iterable):
        # Later items sort lower among equal keys, so the earliest equal items are kept.
        k = (elem if key is None else key(elem), -order)
        if len(keys) < n:
            _insert(keys, values, k, elem)
        elif keys[0][0] < k[0]:
            _insert(keys, values, k, elem)
            del keys[0]
            del values[0]
    values.reverse()
    return values
