# divmod() follows the binary-operator protocol: __divmod__, then the right operand's __rdivmod__.
class R:
    def __init__(self, v):
        self.v = v

    def __rdivmod__(self, other):
        return ('rdivmod', other, self.v)


class L:
    def __divmod__(self, other):
        return NotImplemented


class Sub(L):
    def __rdivmod__(self, other):
        return 'sub first'


print(divmod(7, R(2)), divmod(2.5, R(3)), divmod(L(), R(1))[2])
print(divmod(L(), Sub()))
try:
    divmod(L(), 3)
except TypeError as e:
    print(e)
try:
    divmod('a', R(1)) and divmod('a', 1)
except TypeError as e:
    print(e)
print(divmod(7, 2), divmod(-7.5, 2), divmod(True, 3))
