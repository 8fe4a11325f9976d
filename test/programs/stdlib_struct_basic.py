# struct: formats, byte orders, native alignment, every format code, Struct, the buffer functions.
import struct

print(struct.pack('hhl', 1, 2, 3), struct.unpack('hhl', struct.pack('hhl', 1, 2, 3)))
print(struct.pack('<hhl', 1, 2, 3), struct.pack('>hhl', 1, 2, 3), struct.pack('!I', 0xdeadbeef), struct.pack('=q', -2))
for fmt in ['@ci', '@ic', '=ci', 'bhiqd', '<bhiqd', '3s2x?e', ' i  h ', 'P', 'nN', '@b0i', '@hq', 'xxh', '10p', '0s', '']:
    print(repr(fmt), struct.calcsize(fmt))

values = {'b': -5, 'B': 250, 'h': -1000, 'H': 60000, 'i': -100000, 'I': 4000000000, 'l': -2**30, 'L': 2**31,
          'q': -2**62, 'Q': 2**63, 'n': -7, 'N': 7, 'P': 4096, '?': True, 'e': 1.5, 'f': 0.1, 'd': 0.1, 'c': b'z'}
for mode in '@=<>!':
    for code, v in values.items():
        if mode != '@' and code in 'nNP':
            continue
        fmt = mode + code
        b = struct.pack(fmt, v)
        print(fmt, b, struct.unpack(fmt, b))

print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('s', b''), struct.unpack('3s', b'xyz'))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('p', b'x'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('?', 0), struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x07'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('2c', b'hi'), struct.pack('4x'), struct.unpack('x h x', b'\x00\x00\x01\x00\x00'))
print(struct.pack('i', True), struct.pack('d', 3), struct.pack('f', True))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Flt:
    def __float__(self):
        return 2.5

print(struct.pack('h', Idx(7)), struct.pack('d', Flt()), struct.pack('e', Idx(3)))

# floats, half precision, special values
for v in [0.0, -0.0, 1.0, -2.5, 1/3, 1e-310, 1e300, float('inf'), float('-inf')]:
    print(v, struct.pack('<d', v), struct.pack('>f', v) if abs(v) < 1e38 or v != v or abs(v) == float('inf') else '', struct.unpack('<f', struct.pack('<f', v if abs(v) < 1e38 or abs(v) == float('inf') else 0.0)))
print(struct.pack('<e', 65504.0), struct.unpack('<e', b'\x00\x3c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7c'))
print(struct.pack('f', 1e300), struct.unpack('<d', struct.pack('<d', float('nan'))))

# Struct objects
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), struct.Struct(b'>h').format)
print(s.unpack_from(b'..\x05\x00\x06\x00\x00\x00', 2), s.unpack_from(b'\x05\x00\x06\x00\x00\x00xx'), type(s).__name__)
buf = bytearray(10)
s.pack_into(buf, 2, -1, -2)
print(buf)
struct.pack_into('>H', buf, 0, 0xabcd)
struct.pack_into('b', buf, -1, -3)
print(buf, struct.unpack_from('>H', buf), struct.unpack_from('b', buf, -1), struct.unpack_from('<h', buf, offset=4))
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(it.__length_hint__(), list(it), it.__length_hint__(), list(struct.iter_unpack('>H', b'')))
print(type(struct.iter_unpack('h', b'')), struct.Struct, struct.error)

# round trips of records
records = [(1, b'alice', 3.5), (2, b'bob', -1.25), (300, b'carol-long-name', 0.0)]
fmt = struct.Struct('<I8sd')
packed = b''.join(fmt.pack(*r) for r in records)
print(len(packed), packed[:20])
for rec in fmt.iter_unpack(packed):
    print(rec[0], rec[1].rstrip(b'\x00'), rec[2])
