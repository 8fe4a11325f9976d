# Python functions, bound methods and classes called from native code (map, sorted, filter,
# functools) and through f(*args): the frame is built without binding through a keyword map.
import functools


def wrap(f):
    def w(*args, **kw):
        return f(*args, **kw)
    return w


@wrap
def add(a, b=100):
    return a + b


print(add(1, 2), add(1), add(1, b=5), add(*[3, 4]))
for call in [lambda: add(), lambda: add(1, 2, 3), lambda: add(1, c=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def key(self, sign=-1):
        return sign * self.x

    def __repr__(self):
        return f'P({self.x}, {self.y})'


ps = list(map(P, [3, 1, 2]))
print(ps, list(map(P, [1, 2], [5, 6])))
print(sorted(ps, key=P.key), sorted(ps, key=lambda p: p.x))
print(list(filter(lambda p: p.key() < -1, ps)), list(map(ps[0].key, [1, -1])))
print(functools.reduce(add, [1, 2, 3]), list(map(add, [1, 2])))
part = functools.partial(P, 7)
print(part(), part(8))


def gen(n, step=1):
    yield from range(0, n, step)


print(list(map(list, map(gen, [3, 5], [1, 2]))))


class Bad:
    def __init__(self, v):
        return v


try:
    list(map(Bad, [1]))
except TypeError as e:
    print('TypeError:', e)
print(type(list(map(Bad, [None]))[0]).__name__)


class Strict:
    def __init__(self, v):
        if v > 2:
            raise ValueError(f'too big: {v}')
        self.v = v


print([s.v for s in map(Strict, [1, 2])])
list(map(Strict, [1, 2, 3]))
