# int.__format__ and float.__format__ as unbound methods (enum's IntEnum uses int.__format__).


class I(int):
    pass


x = int.__new__(I, 5)
print(int.__format__(x, '03d'), int.__format__(255, 'x'), int.__format__(1234567, ','), float.__format__(2.5, '.3f'))
print(format(True, 'd'), int.__format__(True, ''), float.__format__(1e20, 'g'), f'{x:>4}|', format(I(7), 'b'))
for bad in (lambda: int.__format__(3), lambda: int.__format__(3, 'q'), lambda: float.__format__(3, 'f')):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class F(float):
    pass


# int/float subclass instances have the value's data attributes too.
print(x.real, x.imag, x.numerator, x.denominator, F(2.5).real, F(2.5).imag, type(x.real).__name__)
try:
    x.nothing
except AttributeError as e:
    print("AttributeError:", e)
