# Exactness: stdev/variance on awkward data must print exactly as CPython (fractions inside, one final rounding).
from statistics import mean, variance, pvariance, stdev, pstdev, median, quantiles, fmean
seed = 987654321
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11
for trial in range(60):
    n = 2 + rnd() % 12
    kind = trial % 4
    if kind == 0:
        data = [rnd() % 1000 - 500 for _ in range(n)]
    elif kind == 1:
        data = [(rnd() % 10**6) / 997 for _ in range(n)]
    elif kind == 2:
        data = [(rnd() % 2000 - 1000) * 1e-7 for _ in range(n)]
    else:
        data = [rnd() % 10 ** (1 + rnd() % 25) for _ in range(n)]
    print(trial, repr(mean(data)), repr(variance(data)), repr(pvariance(data)), repr(stdev(data)), repr(pstdev(data)), repr(median(data)), repr(fmean(data)))
    print('  ', quantiles(data, n=5), quantiles(data, n=3, method='inclusive'))
