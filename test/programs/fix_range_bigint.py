# range with arbitrary-size int bounds (CPython's rangeobject.c longrange paths)
import sys

big = 10**30
r = range(big)
print(r, r.start, r.stop, r.step)
print(range(10**20, 10**20 + 5))
print(len(range(10**20, 10**20 + 5)), list(range(10**20, 10**20 + 5)))
print(list(range(2**53 - 2, 2**53 + 3)))
print(list(range(2**53 + 3, 2**53 - 2, -2)))
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)
print(len(range(2**62)), len(range(-2**62, 2**62 - 1)))
try:
    len(range(-2**63, 2**63))
except OverflowError as e:
    print('OverflowError', e)
print(r[0], r[-1], r[10**29], r[-10**29])
try:
    r[big]
except IndexError as e:
    print('IndexError', e)
try:
    range(3)[10**30]
except IndexError as e:
    print('IndexError', e)
print(big - 1 in r, big in r, -1 in r, 5 in r, 10**29 in range(0, big, 7), 7 * 10**28 in range(0, big, 7))
print(3.0 in range(10**20), 2.5 in range(5))
print(r[10**29:], r[::-1], r[::10**10], r[5:-5:3])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[-1:0:-2], range(5)[10**30:])
print(r.index(10**29), r.count(10**29), r.count(-1), range(0, big, 3).index(3 * 10**28))
try:
    r.index(-5)
except ValueError as e:
    print('ValueError', e)
it = reversed(range(10**20, 10**20 + 3))
print(next(it), next(it), next(it), next(it, 'done'))
print(list(reversed(range(1, 10, 3))), list(reversed(range(2**53, 2**53 + 2))))
print(range(big) == range(0, big), range(big) == range(1, big), range(0) == range(big, big))
print(range(10**20, 10**20 + 1, 5) == range(10**20, 10**20 + 1, 7))
print(hash(range(big)) == hash(range(0, big, 1)), hash(range(10)), hash(range(10**20, 10**21, 3)))
d = {range(big): 'a', range(0, 3): 'b'}
print(d[range(0, big)], d[range(3)])
it = iter(range(10**20, 10**20 + 3))
print(type(it).__name__, type(iter(range(3))).__name__, list(it))
print(type(iter(range(2**62))).__name__, type(iter(range(2**63))).__name__)
print(bool(range(10**20, 10**20)), bool(r), range(-big, big, big), list(range(-big, big, big)))
print(sum(range(10**20, 10**20 + 4)), max(range(2**60, 2**60 + 3)), sorted(range(2**53 + 2, 2**53 - 1, -1)))
for i in range(10**18, 10**18 + 2):
    print(i)
try:
    range(0, 10, 10**20 - 10**20)
except ValueError as e:
    print('ValueError', e)
print(range(3, big, -1), list(range(3, big, -1)), range(big, 3, big))
print(range(10).index(9), range(10).count(3.0), range(0, 10, 2).index(False))
try:
    range(0, 10, 2).index(True)
except ValueError as e:
    print('ValueError', e)
try:
    print(range(10).index(3.0))
except ValueError as e:
    print('ValueError', e)
try:
    range(10).index('a')
except ValueError as e:
    print('ValueError', e)
print(range(2**53, 2**53 + 10)[3], list(range(2**53, 2**53 + 10)[1::4]))
