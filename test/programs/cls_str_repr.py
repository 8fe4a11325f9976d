class A:
    pass
class B:
    def __repr__(self):
        return 'B()'
class C:
    def __str__(self):
        return 'C as str'
class D(B):
    def __str__(self):
        return 'D as str'
print(repr(B()), str(B()), str(C()), repr(D()), str(D()), [B(), D()], f'{D()} {D()!r}')
print(str(A()).startswith('<__main__.A object at 0x'))
