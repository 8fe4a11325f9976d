# 3.11 wraps an exception from __set_name__ in RuntimeError (3.12 stopped doing so)
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)

class Fine:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

try:
    class C:
        a = Fine()
        x = Desc()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

class Other:
    pass
Other.__set_name__ = lambda self, owner, name: 1 / 0
try:
    class D:
        y = Other()
except RuntimeError as e:
    print(e, repr(e.__cause__))

class E:
    z = Desc()
