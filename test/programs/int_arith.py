# Integer arithmetic: floor division and modulo follow the sign of the divisor.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -3)
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0)
print(True + 1, True * 3, False - 1, True / 2)
print(-(-5), +5, ~5, ~-1)
print(1 << 10, 1024 >> 3, -1 >> 5, 6 & 3, 6 | 3, 6 ^ 3)
print(abs(-12), abs(3), (17 // 5, 17 % 5))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
x **= 4
print(x)
