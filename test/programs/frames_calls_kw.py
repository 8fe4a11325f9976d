# Keyword calls the VM binds without a keyword map: plain functions, keyword-only parameters,
# bound methods and class instantiation, and every error falling back to the general binder.


def f(a, b=2, *, key=None, flag=False):
    return (a, b, key, flag)


print(f(1, key=3), f(a=1), f(1, b=5, flag=True), f(b=0, a=9, key='k'))
for i in range(3):
    print(f(i, key=i * 2), f(a=i, b=-i))


def need_kw(a, *, k):
    return a + k


print(need_kw(1, k=2))
for call in [lambda: need_kw(1), lambda: need_kw(1, 2), lambda: need_kw(1, k=2, j=3),
             lambda: f(1, a=2), lambda: f(key=1), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


def posonly(a, b, /, c=3):
    return a + b + c


print(posonly(1, 2, c=10))
try:
    posonly(1, b=2)
except TypeError as e:
    print('TypeError:', e)


def with_cell(a, b=1):
    def inner():
        return a * b
    return inner


print(with_cell(3, b=4)(), with_cell(a=5)())


def kwargs_fn(a, **kw):
    return (a, sorted(kw.items()))


print(kwargs_fn(1, x=2, y=3), kwargs_fn(a=0))


class C:
    def __init__(self, x, y=0, *, tag='c'):
        self.x = x
        self.y = y
        self.tag = tag

    def m(self, a, b=1, *, scale=1):
        return (self.x + a + b) * scale


c = C(1, tag='t')
print(c.x, c.y, c.tag, C(x=2, y=3).y, C(4, tag='u').tag)
print(c.m(1, scale=10), c.m(a=1, b=2), C.m(c, a=0))
bm = c.m
print(bm(5, b=5), bm(a=1, scale=2))
for call in [lambda: C(y=1), lambda: C(1, z=2), lambda: C(1, x=2), lambda: C(self=1, x=2),
             lambda: c.m(1, a=2), lambda: bm(b=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


class D(C):
    def __init__(self, x, **extra):
        super().__init__(x, tag=extra.get('tag', 'd'))
        self.extra = sorted(extra)


d = D(1, tag='z', other=2)
print(d.tag, d.extra)


class E:
    def __init__(self, *, n):
        if n < 0:
            raise ValueError(f'bad n {n}')
        self.n = n


print(E(n=3).n)
E(n=-1)
