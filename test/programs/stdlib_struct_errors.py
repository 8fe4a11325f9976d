# struct.error and friends: integer ranges per code and byte order (CPython's exact messages).
import struct

VALUES = [2**70, 2**64, 2**63, 2**40, 2**33, 2**31, 70000, 300, 200, 128, -1, -129, -40000,
          -2**31 - 1, -2**40, -2**63, -2**63 - 1, -2**70]
for mode in '@<>!=':
    for code in 'bBhHiIlLqQnNP':
        row = []
        for v in VALUES:
            try:
                struct.pack(mode + code, v)
                row.append('ok')
            except struct.error as e:
                row.append(str(e))
        print(mode + code, ' | '.join(row))

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for code in 'bBhHiIlLqQP':
    attempt(struct.pack, code, 1.5)
    attempt(struct.pack, code, 'x')
for code in 'efd':
    attempt(struct.pack, code, 'x')
    attempt(struct.pack, code, 1e300)
    attempt(struct.pack, '>' + code, 1e300)
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 'c', 5)
attempt(struct.pack, 's', 'a')
attempt(struct.pack, 'p', 1)
attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'i', 1, 2)
attempt(struct.pack, 'z', 1)
attempt(struct.pack, '3', 1)
attempt(struct.pack, '<P', 1)
attempt(struct.pack, 1, 1)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack_from, 'i', b'abcde', 2)
attempt(struct.unpack_from, 'i', b'abcde', 10)
attempt(struct.unpack_from, 'i', b'abcde', -10)
ba = bytearray(5)
attempt(struct.pack_into, 'i', ba, 2, 1)
attempt(struct.pack_into, 'i', ba, -10, 1)
attempt(struct.pack_into, 'i', ba, -2, 1)
attempt(struct.pack_into, 'i', bytes(5), 0, 1)
attempt(struct.pack_into, 'i', ba, 0)
attempt(struct.iter_unpack, 'i', b'abcde')
attempt(struct.iter_unpack, '', b'')
attempt(struct.Struct, 1)
attempt(struct.Struct, 'q!')
print(issubclass(struct.error, Exception), struct.error.__mro__)
struct.pack('>h', 40000)
