print(1 + 2.0, 3 * 0.5, 7 / 7, 2 ** 3.0, 10 - 0.5, 9 // 2.0, 9 % 2.5)
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
print(int(1e10), float(10 ** 20), 0.1 * 3, 1 - 0.9)
x = 0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x) if False else int(x))
