import heapq
from heapq import *
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(4)], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 11, 10]
heapify(data); print(data)
print(heapreplace(data, 4.5), data)
print(heappushpop(data, -1), heappushpop(data, 100), data)
print(nlargest(3, [1, 8, 3, 9, 2, 9]), nsmallest(3, [5, 1, 8, 1, 0]), nlargest(0, [1]), nsmallest(10, [3, 1, 2]), nlargest(1, []), nsmallest(1, 'bca'))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum', 'date']
print(nsmallest(3, words, key=len), nlargest(3, words, key=len), nlargest(2, iter(words), key=lambda w: w[-1]), nsmallest(4, iter(words), key=len))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge()), list(merge([], [1])), list(merge([5, 3, 1], [4, 2], reverse=True)))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(merge([(1, 'x')], [(1, 'a')], key=lambda t: t[0])))
for f in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify({}), lambda: heappop('ab'), lambda: heappush([1], 'a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
vals = [(i * 37) % 101 for i in range(60)]
h = []
for v in vals: heappush(h, v)
print(h)
print([heappop(h) for _ in range(len(h))] == sorted(vals))
h2 = vals[:]; heapify(h2); print(h2)
pq = []
for pri, task in [(3, 'write'), (1, 'eat'), (2, 'sleep'), (1, 'code')]:
    heappush(pq, (pri, task))
print([heappop(pq) for _ in range(4)])
print(nlargest(5, vals), nsmallest(5, vals), nlargest(4, [(1, 'a'), (1, 'b'), (2, 'c')], key=lambda t: t[0]))
print(heapq.__all__)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f'R{self.v}'
rh = [Rev(i) for i in [3, 1, 4, 1, 5]]; heapify(rh); print(rh, heappop(rh))
mx = [(i * 7) % 23 for i in range(20)]
heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 5), mx)
for f in [lambda: heapq.heappush([1]), lambda: heapq.heappop(), lambda: heapq.heapify([], 1), lambda: heapq.heappush([], 1, k=2)]:
    try: f()
    except TypeError as e: print(e)
class Shrink:
    def __init__(self, v, h): self.v, self.h = v, h
    def __lt__(self, o):
        self.h.clear()
        return self.v < o.v
hh = []
hh.append(Shrink(1, hh)); hh.append(Shrink(0, hh))
try: heapq.heapify(hh)
except RuntimeError as e: print(e)
