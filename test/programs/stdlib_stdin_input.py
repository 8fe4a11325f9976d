# input() and sys.stdin reading the lines of stdlib_stdin_input.stdin, then EOFError at the end.
import sys

name = input("name? ")
print("hello", name)
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(6)))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(sys.stdin.readlines()[:2])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    input("last? ")
except EOFError as e:
    print("EOFError:", e)
print(sys.stdout.write("no newline"), flush=True)
sys.stdout.flush()
input("prompt at end of input: ")
