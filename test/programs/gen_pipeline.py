def numbers(limit):
    for i in range(limit):
        yield i
def evens(src):
    return (x for x in src if x % 2 == 0)
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, squared(evens(numbers(100))))))
import sys
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks('abcdefgh', 3)), list(chunks([], 2)))
