import os, os.path, sys
print(os.sep, repr(os.linesep), os.name, os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"))
for p in ["a/b/c.txt", "/", "//x", "a/b/", ".bashrc", "..", "a.b/c", "x.tar.gz", "", "///a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.isabs("/x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
d = "_tmp_stdlib_os_files"
os.makedirs(d + "/sub/deeper", exist_ok=True)
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(d)), os.path.exists(d), os.path.isdir(d), os.path.isfile(d + "/f.txt"), os.path.getsize(d + "/f.txt"))
for root, dirs, files in os.walk(d):
    print(root, sorted(dirs), sorted(files))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(e)
try:
    os.remove(d + "/nope")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e)
os.rename(d + "/f.txt", d + "/g.txt")
print(os.listdir(d + "/sub"), os.stat(d + "/g.txt").st_size)
os.remove(d + "/g.txt")
os.rmdir(d + "/sub/deeper"); os.rmdir(d + "/sub"); os.rmdir(d)
print(os.path.exists(d), os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", "dflt"), "PATH" in os.environ)
try:
    os.environ["NOPE_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
print(os.path.join("a", 5))
