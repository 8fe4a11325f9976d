import statistics as st
from statistics import *
from fractions import Fraction as F
print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([1, 2, 4]), mean([1.5, 2.5]), mean([F(1, 2), F(1, 3)]), mean([1, F(1, 2)]), mean([1, 2.0]), mean(iter([3, 4])), mean([True, False, True]), mean(range(10)))
print(repr(mean([10**20, 1])), mean([0.1, 0.2, 0.3]), mean([1e300, 1e300]), mean([-1, 1]), type(mean([2, 4])).__name__)
print(fmean([1, 2, 3, 4]), fmean(iter([1, 2])), fmean([3.5, 4], weights=[1, 3]), fmean([0.1] * 10), fmean([10**20, 1]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1, 3]), median([F(1), F(2)]), median_low([1, 2, 3, 4]), median_high([1, 2, 3, 4]), median_low([5]), median_high('bca'))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode('aabbbcc'), mode(['red', 'blue', 'blue', 'red']), multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([1, 2, 3]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
ints = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints), variance([1, 2, 3, 4]), pvariance([1, 3, 5]), stdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(variance([F(1, 4), F(5, 4), F(1, 2)]), pvariance([F(1, 4), F(5, 4), F(1, 2)]), variance(ints, 5.5), pvariance(ints, mu=5), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(repr(variance([1, float('inf')])), repr(variance([1, float('nan'), 3])), repr(pvariance([0.1] * 5)), repr(stdev([10**20, 10**20 + 1])), repr(pstdev([1, 1, 1])))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4, 5]), quantiles([1, 2, 3, 4, 5], method='inclusive'), quantiles([1.5, 2.5], n=3), quantiles(range(100), n=4, method='inclusive'), quantiles([1, 2], n=1))
print(geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([3]), harmonic_mean([1, 0, 2]), harmonic_mean([F(1, 2), F(1, 4)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, y), correlation(x, x), linear_regression(x, [2 * v + 1 for v in x]), linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
errs = [lambda: mean([]), lambda: fmean([]), lambda: median([]), lambda: median_low([]), lambda: median_high([]), lambda: median_grouped([]), lambda: mode([]),
        lambda: variance([1]), lambda: pvariance([]), lambda: stdev([1]), lambda: pstdev([]), lambda: quantiles([1]), lambda: quantiles([1, 2], n=0),
        lambda: quantiles([1, 2], method='x'), lambda: geometric_mean([]), lambda: geometric_mean([1, -1]), lambda: harmonic_mean([]), lambda: harmonic_mean([-1]),
        lambda: harmonic_mean([1, -2]), lambda: harmonic_mean([1, 2], weights=[1]), lambda: covariance([1], [1, 2]), lambda: covariance([1], [1]),
        lambda: correlation([1, 1], [1, 2]), lambda: correlation([1], [2, 3]), lambda: linear_regression([1, 1], [1, 2]), lambda: linear_regression([1], [1]),
        lambda: fmean([1, 2], weights=[1]), lambda: fmean([1], weights=[0]), lambda: mean(['a']), lambda: mean([1, 'a']), lambda: harmonic_mean(['x']),
        lambda: stdev([1.0, float('inf')])]
for f in errs:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__, sorted(st.__all__))
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode, round(nd.pdf(100), 12), nd.zscore(130), nd.quantiles(), NormalDist.from_samples([1, 2, 3, 4]))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 10 + nd, NormalDist(1, 2) + NormalDist(3, 4), nd == NormalDist(100, 15))
print([round(NormalDist().inv_cdf(p), 12) for p in (0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.9999)])
try: NormalDist(0, -1)
except StatisticsError as e: print(e)
try: NormalDist().inv_cdf(1.0)
except StatisticsError as e: print(e)

# cdf and overlap (math.erf)
nd = NormalDist(100, 15)
print(round(nd.cdf(115), 12), round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 10), NormalDist().cdf(0), [round(NormalDist().cdf(x), 12) for x in (-3, -1, 0.5, 2)])
