# The interpreter loop's inline int paths for & | ^ << >> must agree with the general ones.
vals = [0, 1, -1, 5, -5, 255, 2147483647, -2147483648, 2147483648, -2147483649, 2 ** 53, -(2 ** 53), 2 ** 70, True]
for a in vals:
    print(a, [(a & b, a | b, a ^ b) for b in vals])
for a in vals:
    row = []
    for n in [0, 1, 5, 30, 31, 32, 33, 52, 53, 64, 100]:
        row.append((a >> n, a << n))
    print(a, row)
for a, n in [(1, -1), (5, -100)]:
    for f in (lambda: a >> n, lambda: a << n):
        try:
            f()
        except ValueError as e:
            print('ValueError', e)
try:
    1 << 1.5
except TypeError as e:
    print('TypeError', e)
x = 0x7FFFFFFF
seed = 7
for i in range(5):
    seed = (seed * 1103515245 + 12345) & x
    print(seed, seed >> 3, seed % 6, (seed >> 9) & 0xff)
