# getattr(o, name, default) and hasattr look attributes up without raising on a plain miss; every
# kind of attribute, hook and error must still give CPython's answer.
import math

class Plain:
    cls_attr = 'class'
    def __init__(self):
        self.inst = 'instance'
    def meth(self):
        return 'method'
    @property
    def prop(self):
        return 'property'
    @property
    def broken(self):
        raise AttributeError('from property')
    @property
    def failing(self):
        raise ValueError('not an AttributeError')

class Hook:
    def __getattr__(self, name):
        if name.startswith('ok_'):
            return 'hook ' + name
        raise AttributeError(name)

p, h = Plain(), Hook()
names = ['inst', 'cls_attr', 'meth', 'prop', 'broken', 'missing', '__class__', '__dict__']
print([hasattr(p, n) for n in names])
print([getattr(p, n, 'default') if n not in ('meth', '__dict__') else n for n in names])
print(getattr(p, 'meth', None)(), hasattr(Plain, 'prop'), getattr(Plain, 'nothing', 'dflt'))
try:
    hasattr(p, 'failing')
except ValueError as err:
    print('ValueError', err)
try:
    getattr(p, 'failing', 0)
except ValueError as err:
    print('ValueError', err)
print(hasattr(h, 'ok_x'), getattr(h, 'ok_y', 'd'), hasattr(h, 'bad'), getattr(h, 'bad', 'd'))
print(hasattr(math, 'pi'), getattr(math, 'nope', 'd'), hasattr(None, 'x'), getattr(3, 'real', 'd'), getattr(3, 'imag2', 'd'))
print(hasattr([], 'append'), getattr('s', 'upper', None)(), getattr(len, '__name__', 'd'), hasattr(len, 'zz'))
try:
    getattr(p, 'missing')
except AttributeError as err:
    print('AttributeError', err)
try:
    getattr(p, 1, 'd')
except TypeError as err:
    print('TypeError', err)
print(getattr(p, 'missing'))
