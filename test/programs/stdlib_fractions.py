from fractions import Fraction as F
import fractions, math
print(F(3, 4), F(6, -8), repr(F(6, -8)), F(5), F(), F(0, 5), F(-0, -3))
for s in ['3/4', ' -1.5e3 ', '1_000/3', '.5', '1.', '2e-2', '+7', ' 3/9 ', '1.25E+2', '-0.0', '1_2.3_4e1_0']:
    print(repr(s), repr(F(s)))
for s in ['', '1/', '/2', '1.2/3', '1__0', 'abc', '1/0', '3 /', '1e', '.', '1/2/3', '_1', '1_', '1 2', '0x10', 'inf', 'nan']:
    try: print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e: print(repr(s), type(e).__name__, e)
print(F(0.5), F(0.1), repr(F(1e-300)) == repr(F(*(1e-300).as_integer_ratio())), F(-2.75))
for bad in [lambda: F(1, 0), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F([1]), lambda: F(1, 2.0), lambda: F(1.5, 2), lambda: F(1j), lambda: F('1', 2)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(F(F(1, 3), F(2, 5)), F(F(7, 2)), F(True), F(3, True))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a // 1, 7 // a, a % 1, 5 % a, divmod(7, a), divmod(a, 0.25))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, 2.0 ** a, a ** 0.5, a ** F(1, 2), 4 ** F(1, 2), 8 ** F(3), 2 ** F(-1), F(4) ** F(1, 2))
print(a + 1j, 1j * a, a == 1/3, a == F(2, 6), a == 0.5, F(1, 2) == 0.5, F(1) == 1, F(2) == True + 1, F(1, 2) == 0.5 + 0j)
print(a < b, a > b, a <= F(1, 3), a >= 0.4, 1 < a, 0.3 < a, a < float('inf'), a > float('nan'), sorted([F(1, 2), 0.3, 1, F(-1, 7)]))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(F(1, 3)), complex(F(1, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(3, 8), 1), bool(F(0)), bool(F(1, 9)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**20, 3)), {F(1, 2): 'x'}[F(2, 4)])
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(5), F(-22, 7).limit_denominator(3), F(0.1).limit_denominator(1000))
try: F(1, 3).limit_denominator(0)
except ValueError as e: print(e)
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F.from_float(0.25), F.from_float(3), F.from_decimal(5))
try: F.from_float('x')
except TypeError as e: print(e)
for bad in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: F(0) ** -1, lambda: a + 'x', lambda: a < 'x', lambda: divmod(a, 0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 11)]), sum([F(1, 3)] * 3) == 1, max(F(1, 2), F(2, 3)), str(F(-5, 10)), f'{F(1, 2)}', '%s' % F(3, 9))
class MyF(F): pass
m = MyF(1, 2); print(repr(m), type(m + 1).__name__, repr(MyF('0.75')))
print(F(10**30, 7) * F(7, 10**29), F(2, 3) ** 40)
print(fractions.__all__, isinstance(F(1), F))
