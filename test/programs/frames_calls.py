# Calls the VM binds without an argument array: defaults filled in, bound methods, class
# instantiation through a plain __init__, and the errors and edge cases of each.
import sys


def f(a, b=10, c=20):
    return (a, b, c)


print(f(1), f(1, 2), f(1, 2, 3))
for i in range(3):
    print(f(i), f(i, -i))

def g(x, acc=[]):
    acc.append(x)
    return len(acc)


print(g(1), g(2), g(3, []), g(4))


def no_defaults(a, b):
    return a + b


for args in [(), (1,), (1, 2, 3)]:
    try:
        no_defaults(*args) if args else no_defaults()
    except TypeError as e:
        print('TypeError:', e)
try:
    f()
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)


def closure_maker(k):
    def inner(a, b=k):
        return a * b
    return inner


h = closure_maker(7)
print(h(2), h(2, 3))


class C:
    def __init__(self, x, y=5):
        self.x = x
        self.y = y

    def m(self, a, b=100):
        return self.x + a + b

    def frame_name(self, depth=0):
        return sys._getframe(depth).f_code.co_name


c = C(1)
print(c.x, c.y, C(1, 2).y)
bm = c.m
print(bm(1), bm(1, 2), c.m(3), c.m(3, 4))
print(c.frame_name(), c.frame_name(1))
try:
    bm()
except TypeError as e:
    print('TypeError:', e)
try:
    C()
except TypeError as e:
    print('TypeError:', e)
try:
    C(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)


class D(C):
    pass


d = D(9)
print(type(d).__name__, d.x, d.y)


# __init__ and __new__ replaced after instances were made: the next call sees the new ones.
def new_init(self, x):
    self.x = -x
    self.y = None


C.__init__ = new_init
print(C(3).x, D(4).x)


def new_new(cls, *args):
    o = object.__new__(cls)
    o.made_by = 'new_new'
    return o


D.__new__ = new_new
d2 = D(5)
print(d2.made_by, d2.x)
print(hasattr(C(6), 'made_by'))


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print('TypeError:', e)


class WithGen:
    def __init__(self):
        yield 1


try:
    WithGen()
except TypeError as e:
    print('TypeError:', e)


class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a, b=2):
        self.s = a + b


print(M(1).s)


class L(list):
    def __init__(self, n, fill=0):
        super().__init__([fill] * n)


print(L(3), L(2, 'x'))


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(100000)
except RecursionError as e:
    print('RecursionError:', e)


def rec(n, step=1):
    return rec(n - step)


try:
    rec(0)
except RecursionError as e:
    print('RecursionError:', e)


def countdown(n, step=1):
    while n > 0:
        yield n
        n -= step


print(list(countdown(5)), list(countdown(9, 4)), sum(x * x for x in countdown(3)))
g1 = countdown(2)
print(type(g1).__name__, g1.__name__, g1.__qualname__, next(g1))
for call in [lambda: countdown(), lambda: countdown(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


class Box:
    def __init__(self, items):
        self.items = items

    def evens(self, start=0):
        for x in self.items[start:]:
            if x % 2 == 0:
                yield x


b = Box([1, 2, 3, 4, 6])
print(list(b.evens()), list(b.evens(3)), list(Box.evens(b, 2)))


class Point:
    def __init__(self, x, y=0):
        if x < 0:
            raise ValueError('negative x')
        self.x = x


print(Point(1).x)
Point(-1)
