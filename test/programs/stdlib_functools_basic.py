import functools
from functools import reduce, partial, lru_cache, cache, wraps, update_wrapper, total_ordering, cmp_to_key, cached_property
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p.func is f, p.args, p.keywords)
print(repr(partial(f, 1, 2))[:35])
print(repr(partial(len, 'x', k=1)))
pp = partial(p, 7); print(pp(), pp.args, pp.func is f)
@lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for x in [1, 2, 1, 3, 2]: sq(x)
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def g(x): return x + 1
print(g(1), g(1), g.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    "doc of hello"
    return x
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__ is not None, hello(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
from functools import singledispatch
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True))
print(functools.partialmethod)
