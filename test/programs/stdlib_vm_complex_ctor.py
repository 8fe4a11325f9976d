# complex() converts objects through __complex__, __float__ or __index__ (fractions.Fraction relies on __float__).
class A:
    def __float__(self):
        return 2.5


class B:
    def __index__(self):
        return 3


class C:
    def __complex__(self):
        return 1 + 2j


class D:
    def __float__(self):
        return 'x'


class E:
    def __complex__(self):
        return 1


print(complex(A()), complex(B()), complex(C()), complex(A(), B()), complex(1, A()), complex(2, 3), complex(1.5))
for f in [lambda: complex(D()), lambda: complex(1, C()), lambda: complex(E()), lambda: complex([]), lambda: complex(1, 'x')]:
    try:
        f()
    except TypeError as e:
        print(e)
