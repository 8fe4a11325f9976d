# io.StringIO and io.BytesIO: write/read/getvalue/seek/tell/readline/iteration/truncate,
# print(file=...), newline arguments, and errors on closed buffers.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"))
print("printed", 42, sep="|", end="!\n", file=s)
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline(4)), s.readlines())
print(repr(s.read()), s.tell())
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
s.seek(0, 2)
s.write("end")
print(s.getvalue().splitlines())
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))

s = io.StringIO("one\ntwo\nthree")
print([line for line in s], s.read(), s.tell())
s = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(s.getvalue()), s.readlines())
s = io.StringIO("x\r\ny\rz\n", newline="")
print(s.readlines())
s = io.StringIO("x\r\ny\rz\n")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("a\nb\n")
print(repr(s.getvalue()))

s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.closed)
for op in ("s.write(b'x')", "s.seek(-1)", "s.seek(1, 1)", "io.StringIO(5)"):
    try:
        eval(op)
    except Exception as e:
        print(op, type(e).__name__, e)
s.close()
print(s.closed)
for op in ("s.getvalue()", "s.read()", "s.write('x')", "s.tell()"):
    try:
        eval(op)
    except ValueError as e:
        print(op, e)

with io.StringIO() as buf:
    buf.write("in with")
    print(buf.getvalue())
print(buf.closed)

b = io.BytesIO(b"head\nbody\ntail")
print(b.read(4), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(0)
b.write(b"HEAD")
print(b.getvalue())
b.seek(0, 2)
b.write(bytearray(b"+more"))
print(b.getvalue(), b.tell())
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue())
print([line for line in io.BytesIO(b"1\n2\n3")])
try:
    b.write("str")
except TypeError as e:
    print(e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", "this", file=u)
print(repr(u.getvalue()))
