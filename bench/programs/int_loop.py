# An integer loop of 1,000,000 steps: small-int arithmetic, comparisons, jumps.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i % 7
        i += 1
    return total


print(loop(1000000))
