# N-queens with sets, generators and list building (after the pyperformance benchmark).
def permutations(items):
    n = len(items)
    if n <= 1:
        yield list(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def n_queens(size):
    cols = list(range(size))
    for vec in permutations(cols):
        if size == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


solutions = list(n_queens(7))
print(len(solutions), solutions[0], solutions[-1])
