# array.array: construction, typecodes, sequence protocol, methods, bytes, repr.
from array import array, typecodes
import array as array_module

print(typecodes, array_module.ArrayType is array, array)
print(array('i', [1, 2, 3]), array('d'), array('u', 'hi'), array('f', [1.5, 0.1]), array('B', b'xy'), array('q', range(3)))
for code in typecodes:
    a = array(code, 'ab' if code == 'u' else [1, 2])
    print(code, a.itemsize, a.typecode, a, a.tolist(), len(a.tobytes()))

a = array('i', [1, 2, 3, 2])
print(a[0], a[-1], a[1:3], a[::2], a[::-1], list(a), a.count(2), a.index(2), a.index(2, 2), 2 in a, 7 in a)
a.append(5)
a.extend([6, 7])
a.extend(array('i', [8]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove(99)
a.reverse()
print(a, sum(a), max(a), sorted(a), list(reversed(a)))
a[0] = -8
a[1:3] = array('i', [70, 71, 72])
del a[-1]
del a[::3]
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a, a.buffer_info()[1])

b = array('h', [1, -2, 300])
print(b.tobytes(), array('h', b.tobytes()), bytes(b))
c = array('h')
c.frombytes(b'\x01\x00\x02\x00')
c.fromlist([3, 4])
print(c)
c.byteswap()
print(c)
d = array('d', [1.0, 2.5])
d += array('d', [3.0])
d *= 2
print(d, 2.5 in d, sum(d), array('d', [float('nan'), -0.0, 1e20, 1 / 3]))
print(array('i', [1, 2]) + array('i', [3]), array('i', [1]) * 3, 3 * array('i', [0]), array('i') * 5)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) == [1])
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [2]) > array('b', [1, 5]), array('i', [1]) <= array('i', [1, 0]))
print(array('f', [0.1])[0], array('f', [1e300]), array('L', [2**32]), array('Q', [2**64 - 1]), array('q', [-2**63]))
print(array('d', array('i', [1, 2])), array('i', (x * x for x in range(4))), array('b', b'\x01\xff'))
u = array('u', 'héllo')
u.append('!')
u.fromunicode('?')
print(u, u.tounicode(), u.tolist(), repr(array('u')), u[1], u[1:3])
print(bool(array('i')), bool(array('i', [0])), str(array('b')))
for x in array('b', [3, 4]):
    print(x, end=' ')
print()
it = iter(array('i', [1]))
print(type(it).__name__, next(it))

class Counts(array):
    def total(self):
        return sum(self)

cts = Counts('i', [4, 5])
cts.append(1)
print(cts.total(), len(cts), isinstance(cts, array))
print(a.__copy__() == a, a.__copy__() is a, a.__deepcopy__({}) == a)

# the buffer protocol: struct reads and writes an array's memory
import struct
buf = array('h', [1, 2, 3])
print(struct.unpack('<3h', buf), struct.unpack_from('<h', buf, 2), bytes(buf))
struct.pack_into('<h', buf, 2, -7)
print(buf, list(struct.iter_unpack('<h', buf)))
