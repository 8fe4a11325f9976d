import bisect, sys
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0))
bisect.insort(a, 5); print(a)
print(bisect.insort_left(a, 3, key=None), a)
print(bisect.bisect_left([(1,'a'),(3,'b')], 2, key=lambda t: t[0]))
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
