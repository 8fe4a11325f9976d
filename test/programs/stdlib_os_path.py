# os.path string functions (posixpath semantics) and the os constants.
import os
import os.path
import posixpath

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
print(os.path is posixpath)
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
for p in ["a/b/c.txt", "/", "//x", "///a//b/", "a/b/", ".bashrc", "..", "a.b/c", "x.tar.gz", "", "a/.hidden.txt", "...x"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.normpath(p))
for p in ["a/./b/../c", "../../x", "/../x", "a/b/../../..", "./", "/a/b/..//c/"]:
    print(p, "->", os.path.normpath(p))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y"]))
print(os.path.expanduser("x/~"), os.path.splitdrive("/a/b"))


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.path.join(P(), "z"), os.fspath(P()), os.path.basename(P()))
for bad in [5, None]:
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print(e)
try:
    os.path.basename(3)
except TypeError as e:
    print(e)
print(os.path.join("a", 5))
