import functools
from functools import partial, lru_cache, cache, wraps, update_wrapper, total_ordering, cmp_to_key, reduce
# partial
def f(a, b=2, *args, c=3, **kw): return (a, b, args, c, kw)
p = partial(f, 1, c=9)
print(p(), p(5, 6, x=1), p(c=0), p.args, p.keywords, type(p), type(p).__name__)
p2 = partial(p, 4, d=1); print(p2.func is f, p2.args, p2.keywords, p2())
print(repr(partial(max, 1, key=abs)), repr(partial(int, base=2)), partial(int, base=2)('101'))
class MyP(partial): pass
print(repr(MyP(max, 3)).split('(')[0], MyP(max, 3)(4))
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
p.attr = 5; print(p.attr)
print(callable(p), isinstance(p, partial), partial(f, 1).__call__(2))
# reduce
print(reduce(lambda x, y: x + y, range(5)), reduce(lambda x, y: x + y, [], 'init'), reduce(max, [3, 8, 1]))
for bad in [lambda: reduce(lambda x, y: x, []), lambda: reduce(1, [1, 2]), lambda: reduce(max, 5), lambda: reduce(max)]:
    try: bad()
    except TypeError as e: print(e)
# lru_cache
calls = []
@lru_cache(maxsize=3)
def sq(x, y=0):
    calls.append(x)
    return x * x + y
print([sq(i % 4) for i in range(8)], sq.cache_info(), calls)
print(sq(1, y=1), sq(1, y=1), sq.cache_info().hits, sq.cache_parameters())
print(type(sq.cache_info()).__name__, sq.cache_info()._fields, sq.cache_info().maxsize)
@lru_cache(None)
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(50), fact.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
try: lru_cache(maxsize='x')
except TypeError as e: print(e)
@lru_cache(typed=True)
def ty(x): return repr(x)
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@lru_cache
def unh(x): return x
try: unh([1])
except TypeError as e: print(e)
class K:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
    @cache
    def n(self): return 'n'
k = K(); print(k.m(2), k.m(2), K.m.cache_info(), k.n(), k.n())
print(fact.__name__, fact.__wrapped__.__name__, fact.__doc__, fact.__module__)
@cache
def doc():
    "documented"
print(doc.__doc__, doc.__qualname__)
# wraps
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    "doc of hello"
    return str(x)
hello.extra = 1
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__annotations__, hello.__module__)
def outer():
    def target(): pass
    target.marker = 'm'
    def w(): pass
    update_wrapper(w, target)
    return w
w = outer(); print(w.__qualname__, w.marker, w.__dict__.keys())
def w2(): pass
update_wrapper(w2, hello, assigned=('__doc__',), updated=()); print(w2.__name__, w2.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(type(wraps(hello)))
# total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4), V(2) > V(1))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        if not isinstance(o, W): return NotImplemented
        return self.v <= o.v
print(W(1) < W(2), W(2) > W(1), W(1) >= W(1))
try: W(1) < 3
except TypeError as e: print(e)
try:
    @total_ordering
    class Bad: pass
except ValueError as e: print(e)
print(sorted([V(3), V(1), V(2)], key=lambda v: v).__len__())
# cmp_to_key
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj, type(k1).__name__)
print(min([5, 2, 9], key=key), max([5, 2, 9], key=key))
