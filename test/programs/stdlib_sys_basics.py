# sys: version facts, implementation, limits, flags, streams, exit and exc_info.
import sys

print(sys.version_info >= (3, 11), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info < (4,), sys.version_info == (3, 11, 7, "final", 0), tuple(sys.version_info)[3:])
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info.releaselevel)
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x030B)
print(sys.implementation.name in ("cpython", "tspy"), sys.implementation.version[:2])
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.flags.optimize, type(sys.flags).__name__, isinstance(sys.executable, str))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.intern("abc"), sys.argv[0].endswith("stdlib_sys_basics.py"), len(sys.argv))
print(isinstance(sys.path, list), "sys" in sys.modules, sys.modules["sys"] is sys)

old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(old, sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in (0, -5, 2.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info() == (None, None, None))

n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("to stderr\n")
print("via print", file=sys.stdout)
print(sys.stdout.name, sys.stderr.name, sys.stdout.writable(), sys.stdout.readable())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.stdout.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
sys.exit(3)
