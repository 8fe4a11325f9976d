# code.replace() renaming parameters and names, and types.FunctionType(code, globals, name, argdefs, closure)
# (dataclasses builds __init__ from a compiled template this way).
import types


def t(self, _f0, _f1):
    self._f0 = _f0
    self._f1 = _f1


code = t.__code__.replace(co_varnames=('self', 'x', 'y'), co_names=('x', 'y'), co_name='__init__', co_qualname='P.__init__')
print(code.co_varnames, code.co_names, code.co_name, code.co_qualname, t.__code__.co_varnames, code is t.__code__)
f = types.FunctionType(code, globals(), None, (5,))
print(f.__qualname__, f.__name__, f.__defaults__, types.FunctionType(code, {}, 'other').__name__)


class P:
    pass


p = P()
f(p, 1)
print(p.__dict__)
for bad in (lambda: f(), lambda: f(p, 1, 2, 3), lambda: f(p, z=1), lambda: f(p, 1, x=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def outer():
    v = 1

    def inner():
        return v
    return inner


inner = outer()
g = types.FunctionType(inner.__code__, globals(), 'g', None, inner.__closure__)
print(g(), g.__name__)
for bad in (lambda: types.FunctionType(inner.__code__, {}), lambda: types.FunctionType(3, {}), lambda: types.FunctionType(code, 3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
