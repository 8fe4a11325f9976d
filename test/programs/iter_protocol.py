class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for v in Countdown(2):
    print(v)
a, b, c = Countdown(3)
print(a, b, c, sorted(Countdown(4)), 2 in Countdown(3))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
print(list(iter(range(3))), list(enumerate('ab', 1)), list(zip([1, 2, 3], 'xy')))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, '', 'a'])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
