# float ** float as CPython's float_pow: C99 special cases, complex results for negative bases,
# and last-digit agreement with the C library's pow; complex ** and / as complexobject.c.
import math
import random

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e308, 5e-324, inf, -inf, nan, 1.5, -1.5, 0.1]
for x in vals:
    row = []
    for y in vals + [7.0, -7.0, 1e20, -1e308]:
        try:
            row.append(repr(x ** y))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            row.append(type(e).__name__)
    print(repr(x), ' '.join(row))

print(2.0 ** 0.5, 10.0 ** 2.5, 2.0 ** -1.5, 0.5 ** 1.5, 2.5 ** 2.5, 7.0 ** (1 / 3))
print(10 ** -2, 2 ** -1074, 3 ** -5, (-3) ** -3, (-2) ** -1075)
print(pow(2.0, 0.25), pow(-8.0, 1 / 3), (-1.5) ** 0.5, (-1e308) ** 0.1)
for bad in [(0.0, -1.0), (0, -2), (1e308, 2.0), (10.0, 400.5), (-1e308, 1.5)]:
    try:
        print(bad[0] ** bad[1])
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

random.seed(12345)
diff = []
for i in range(300):
    x = random.uniform(0, 10)
    y = random.uniform(-30, 30)
    diff.append(x ** y)
print(diff[:5])
print(sum(diff), len(set(diff)))
print(math.pow(0.5, 1e308), math.pow(2.0, -1e308), math.pow(3.0, 2.5))

print((1 + 2j) ** 2, (1 + 2j) ** -3, (0.5 - 1j) ** 17, (1 + 1j) ** 0.5, (2 + 3j) ** (1 - 1j))
print((3 + 4j) / (1 - 2j), (1e300 + 1e300j) / (1e300 + 1e300j), 1j / 3, (1 + 1j) / (0 + 1e-310j))
for a, b in [(0j, -1), (0j, 1j), (1e200 + 1e200j, 3), (0j, 0)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(1j / 0j)
except ZeroDivisionError as e:
    print(e)
