# open() in binary mode: bytes in and out, seek/tell from each end, readline, truncate,
# bytearray writes, and the types and reprs of the file objects.
import os

d = "_tmp_stdlib_open_binary"
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "data.bin")

with open(p, "wb") as f:
    print(type(f).__name__, f.mode, f.write(bytes(range(10))), f.write(bytearray(b"\nline2\nend")))
    print(f.tell())
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(4), f.tell())
    print(f.readline(), f.readline(), f.readline(), f.readline())
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
    print(f.readable(), f.writable(), f.seekable())
with open(p, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(1)
    f.write(b"XY")
    f.seek(0)
    print(f.read(5))
    print(f.truncate(4), f.tell())
print(open(p, "rb").read(), os.path.getsize(p))
with open(p, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"++")
with open(p, "w+b") as f:
    print(type(f).__name__, f.mode, f.read())
    f.write(b"abc\ndef")
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([line for line in f])
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read())

f = open(p, "wb")
for op in ("f.write('text')", "f.read()", "f.seek(-1)", "f.write(5)"):
    try:
        eval(op)
    except Exception as e:
        print(op, type(e).__name__, e)
f.close()
print(f.closed)
try:
    f.write(b"x")
except ValueError as e:
    print(e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)

# Each C type words its errors its own way; closed and wrong-direction files alike.
w = open(p, "wb")
w.close()
r = open(p, "rb")
r.close()
for name, o in [("writer", w), ("reader", r)]:
    for op in ("o.read()", "o.readline()", "o.readlines()", "o.write(b'x')", "o.seek(0)", "o.tell()", "o.flush()",
               "o.truncate()", "iter(o)", "next(o)", "o.fileno()", "o.writelines([])", "o.__enter__()"):
        try:
            eval(op)
            print(name, op, "ok")
        except (ValueError, OSError) as e:
            print(name, op, type(e).__name__, e)
r = open(p, "rb")
for op in ("r.write(b'')", "r.truncate()", "r.writelines([b'x'])"):
    try:
        eval(op)
    except OSError as e:
        print(op, type(e).__name__, e)
r.close()

big = bytes(i % 251 for i in range(100000))
with open(p, "wb") as f:
    f.write(big)
with open(p, "rb") as f:
    back = f.read()
print(len(back), back == big, os.path.getsize(p))
os.remove(p)
os.rmdir(d)
