# Item indices beyond Py_ssize_t raise IndexError("cannot fit 'int' into an index-sized integer"),
# slices clamp them, and indices past 2**53 are not rounded to a neighbouring float.
import operator

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

cases = [
    lambda: [1][10**30], lambda: 'ab'[2**70], lambda: [1, 2][2**53 + 1], lambda: (1,)[-10**20],
    lambda: b'xy'[2**64], lambda: bytearray(b'xy')[-2**63 - 1], lambda: [1, 2][2**63 - 1], lambda: (1, 2)[Idx(10**19)],
    lambda: 'abc'[Idx(-1)], lambda: [1, 2, 3][10**20:], lambda: 'abc'[-10**25:2], lambda: (1, 2, 3)[::10**30],
    lambda: operator.getitem([5], 10**40), lambda: [0] * (10**20),
]
for f in cases:
    try:
        print(f())
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
for op in [lambda: a.__setitem__(10**30, 0), lambda: a.__delitem__(-10**30)]:
    try:
        op()
    except IndexError as e:
        print(type(e).__name__, e)
