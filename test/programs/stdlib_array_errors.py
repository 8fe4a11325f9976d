# array.array errors: overflow messages per typecode, wrong types, bad indexes.
from array import array

VALUES = [2**64, 2**63, 2**40, 70000, 300, -1, -200, -2**63 - 1, 2**32, 2**31, 128, 255, 256, -129, 65536, -32769]
for code in 'bBhHiIlLqQ':
    row = []
    for v in VALUES:
        try:
            array(code, [v])
            row.append('ok')
        except OverflowError as e:
            row.append(str(e))
    print(code, row)

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)

for code in 'bIfu':
    for v in (1.5, 'x', None, True, 'xy'):
        attempt(array, code, [v])
attempt(array, 1)
attempt(array, 'ii')
attempt(array, 'z')
attempt(array, 'i', 'abc')
attempt(array, 'i', array('u', 'a'))
attempt(array, 'h', b'\x01')
attempt(array, 'i', [1], 2)
a = array('i', [1, 2, 3])
attempt(a.__getitem__, 10)
attempt(a.__getitem__, 'x')
attempt(a.__setitem__, 5, 1)
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(0, 1), array('d', [1.0]))
attempt(a.__setitem__, 0, 2**40)
attempt(a.__delitem__, 5)
attempt(a.remove, 42)
attempt(a.index, 42)
attempt(a.pop, 100)
attempt(array('i').pop)
attempt(a.append, 'x')
attempt(a.extend, array('d', [1.0]))
attempt(a.extend, 5)
attempt(a.tounicode)
attempt(a.fromunicode, 'x')
attempt(a.frombytes, 'ab')
attempt(a.count)
attempt(lambda: a + [1])
attempt(lambda: a + array('d'))
attempt(lambda: a * 'x')
attempt(hash, a)
e = array('i')
attempt(e.fromlist, [1, 'x'])
print(e)
array('B', [1]).append(256)
