import functools
class C:
    @functools.cached_property
    def val(self):
        'the val'
        print('computing')
        return 1
print(C.__dict__['val'].__doc__, C.val.attrname, C.val.func.__name__, type(C.val).__name__)
c = C(); print(c.val, c.val, c.__dict__)
c.val = 5; print(c.val); del c.val; print(c.val)
cp = functools.cached_property(lambda s: 1)
class E: pass
try: cp.__get__(E(), E)
except TypeError as e: print(e)
class PM:
    def f(self, a, b): return (a, b)
    g = functools.partialmethod(f, 1)
    h = functools.partialmethod(lambda self, x: x, x=5)
print(PM().g(2), PM().h(), repr(PM.__dict__['g']).split(' at ')[0], PM.g(PM(), 7))
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
@show.register(float)
@show.register(complex)
def _(x): return 'num'
print(show(1), show([1]), show('s'), show(True), show(1.5), show(1j), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
try: show()
except TypeError as e: print(e)
try: show.register(1)
except TypeError as e: print(e)
try:
    @show.register
    def nope(x): pass
except TypeError as e: print(str(e).split(' at ')[0])
print(show.__name__, show.__wrapped__.__name__, repr(show).split(' at ')[0])
class N:
    @functools.singledispatchmethod
    def m(self, arg): return 'base'
    @m.register
    def _(self, arg: int): return 'int'
    @m.register(str)
    def _(self, arg): return 'str'
print(N().m(1), N().m('a'), N().m(2.0))
print(functools.partial.__module__, functools.partialmethod.__module__, functools.cached_property.__module__)
@functools.singledispatch
def fmt(x): return f'<{x}>'
@fmt.register
def _(x: 'str'): return f'"{x}"'
print(fmt('a'), fmt(3))

# dispatch on ABCs (virtual subclasses)
from functools import singledispatch
import collections.abc as cabc
from collections import OrderedDict, deque, ChainMap
@singledispatch
def kind(x): return 'object'
@kind.register(cabc.Mapping)
def _(x): return 'mapping'
@kind.register(cabc.Sequence)
def _(x): return 'sequence'
@kind.register(cabc.MutableSequence)
def _(x): return 'mutable sequence'
@kind.register(str)
def _(x): return 'str'
@kind.register(cabc.Iterable)
def _(x): return 'iterable'
print(kind({}), kind(OrderedDict()), kind([]), kind(()), kind('s'), kind(deque()), kind(ChainMap()), kind({1}), kind(3), kind(range(2)), kind(iter([])))
print(kind.dispatch(list).__name__, kind.dispatch(int) is kind.registry[object])
