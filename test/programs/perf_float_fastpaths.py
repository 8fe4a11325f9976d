# The interpreter loop's inline float and int paths must agree with the general ones.
nan = float('nan')
inf = float('inf')
vals = [0, 1, -3, 7, 2 ** 52, 0.0, -0.0, 1.5, -2.25, 1e308, nan, inf, -inf, True]
for a in vals:
    row = []
    for b in vals:
        row.append(repr(a + b))
        row.append(repr(a - b))
        row.append(repr(a * b))
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append('ZeroDivisionError:' + str(e))
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(a, row)

x = 1.5
x += 2
x -= 0.25
x *= 3
x /= 2
print(x, -x, -(0.0), -(-0.0))
try:
    x /= 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
i = 10
i /= 4
print(i)
print(2.0 ** 0.5, 2.0 ** 3, 0.5 ** -2, 1e200 ** 1.0)
for base, exp in [(-8.0, 1 / 3), (1e200, 2.0), (0.0, -1.0), (-2.0, 2), (0.0, 0.0)]:
    try:
        print(base ** exp)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
s = 'ab'
s += 'cd'
print(s + 'ef', 'x' * 3)
print(9007199254740991 + 1, 9007199254740991 * 3, -3 * 0, 3 * -0.0)
