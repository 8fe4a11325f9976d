# open() in text mode: write, read back, append, exclusive create, updating modes, seek/tell,
# iteration, newline translation, encodings and CPython's errors. Files live in a folder made
# here and removed at the end.
import os

d = "_tmp_stdlib_open_text"
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "notes.txt")

with open(p, "w") as f:
    print(f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable())
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
    print(f.tell())
print(f.closed)

with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(p) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(7)))
    f.seek(0)
    print(repr(f.read(10)))
    print(f.seek(0, 2), repr(f.read()))

with open(p, "a") as f:
    print(f.tell())
    f.write("\nappended")
print(open(p).read().splitlines())

with open(p, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(p, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.read().split())
with open(p, "a+") as f:
    f.write("ghi\n")
    f.seek(0)
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == p)
x = os.path.join(d, "new.txt")
with open(x, "x") as f:
    f.write("made")
print(open(x).read())

# Universal newlines on reading; newline='' keeps the endings; newline='\r\n' on writing.
with open(p, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(f.readlines())
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open(p, "rb").read())

# Encodings.
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓ 😀\n")
with open(p, encoding="utf-8") as f:
    s = f.read()
    print(s, len(s), f.tell())
print(os.path.getsize(p), open(p, encoding="latin-1").read().encode("latin-1") == open(p, "rb").read())
with open(p, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
with open(p, "wb") as f:
    f.write(b"ok\xff\xfeend")
try:
    open(p).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(open(p, errors="replace").read()), repr(open(p, errors="ignore").read()))

# Errors, with CPython's messages.
f = open(p, "w")
for op in ("f.read()", "f.readline()", "f.seek(1, 1)", "f.seek(-1)", "f.seek(0, 3)"):
    try:
        eval(op)
    except Exception as e:
        print(op, type(e).__name__, e)
f.close()
for op in ("f.read()", "f.write('x')", "f.tell()", "f.flush()", "iter(f)", "f.readlines()"):
    try:
        eval(op)
    except ValueError as e:
        print(op, e)
f.close()
for args, kw in [((p, "rw"), {}), ((p, "rr"), {}), ((p, ""), {}), ((p, "tb"), {}), ((p, "rb"), {"encoding": "utf-8"}),
                 ((p, "rb"), {"newline": ""}), ((p, "r"), {"buffering": 0}), ((p,), {"newline": "x"}),
                 ((p,), {"encoding": "nope"}), ((None,), {}), ((p,), {"encoding": 5}), ((p,), {"bogus": 1})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
for target in ("no_such_file.txt", d):
    try:
        open(target)
    except OSError as e:
        print(type(e).__name__, e)
try:
    open(os.path.join(d, "missing", "x.txt"), "w")
except FileNotFoundError as e:
    print(e)

os.remove(p)
os.remove(x)
os.rmdir(d)
print(os.path.exists(d))
