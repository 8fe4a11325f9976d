b = b'hello'
print(b, b[0], b[1:3], len(b), b + b'!', b * 2, b'l' in b, list(b'ab'))
print(b.decode(), bytes([65, 66]), bytes(3), b.upper(), b.split(b'l'), b.hex())
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba), ba.decode())
print(bytes.fromhex('41 42'), b'\x00\xff', repr(b"it's"), b'a' < b'b')
