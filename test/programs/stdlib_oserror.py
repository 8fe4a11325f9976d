# OSError: errno subclasses, attributes, str(), and raising them from file operations.
import errno

for args in [(), ("just a message",), (2, "No such file"), (2, "No such file", "f.txt"), (13, "Denied", "a", None, "b"),
             (17, "Exists"), (21, "Dir"), (20, "Not dir"), (1, "perm"), (999, "unknown"), ("x", "y"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[2])
e = FileNotFoundError(errno.ENOENT, "gone", "x.txt")
print(e, e.errno == errno.ENOENT)


class MyError(OSError):
    pass


try:
    raise MyError(2, "custom", "file.py")
except OSError as e:
    print(type(e).__name__, e, e.filename)
try:
    open("_surely_missing_file_.txt")
except IOError as e:
    print(e.errno, e.strerror, e.filename)
raise FileNotFoundError(2, "No such file or directory", "last.txt")
