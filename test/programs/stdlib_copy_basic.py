import copy
import collections
from dataclasses import dataclass, field


print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)

# Shallow copies: new containers, same items; immutable values are returned as they are.
a = [1, [2, 3], {'k': 'v'}]
b = copy.copy(a)
print(b, b is a, b[1] is a[1])
d = {'x': [1], 'y': (2, 3)}
e = copy.copy(d)
print(e, e is d, e['x'] is d['x'])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy(frozenset({1})) is not None, copy.copy(42), copy.copy('str'), copy.copy(None))
print(copy.copy(len) is len, copy.copy(int) is int, copy.copy(copy.copy) is copy.copy)
ba = bytearray(b'ab')
print(copy.copy(ba), copy.copy(ba) is ba)

# Deep copies: everything mutable is new, shared references stay shared, cycles survive.
inner = [1, 2]
outer = [inner, inner, {'key': inner}]
deep = copy.deepcopy(outer)
print(deep, deep[0] is inner, deep[0] is deep[1], deep[2]['key'] is deep[0])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is not cyc, len(dc))
tt = (1, 2, 'x')
print(copy.deepcopy(tt) is tt, copy.deepcopy((1, [2]))[1] is not None)
mt = ([1], [2])
dmt = copy.deepcopy(mt)
print(dmt, dmt is mt, dmt[0] is mt[0])
fs = frozenset({1, 2})
print(copy.deepcopy(fs) == fs, copy.deepcopy({1, (2, 3)}))
memo = {}
x = [[1]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y, copy.deepcopy(x, memo) is y)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], {'a': 2})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2 is p, p2.x is p.x, p3, p3.x is p.x, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


c = Custom(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache, copy.copy(Stateful()).cache)


class WithNew:
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


w = copy.deepcopy(WithNew(5))
print(type(w).__name__, w.n)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


r = copy.deepcopy(Reduced([1], 2))
print(r.a, r.b)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'T'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1], type(copy.copy(ml)).__name__, copy.copy(ml)[1] is ml[1])


class MyDict(dict):
    pass


md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)

dd = collections.defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dict(dd2), dd2['a'] is dd['a'], 'b' in dd)
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(dq), copy.copy(dq)[1] is dq[1])
print(copy.deepcopy(collections.Counter('abca')), copy.deepcopy(collections.OrderedDict(a=1)) == {'a': 1})


@dataclass
class Box:
    items: list = field(default_factory=list)
    label: str = 'box'


bx = Box([1, [2]])
bx2 = copy.deepcopy(bx)
print(bx2, bx2 == bx, bx2.items is bx.items, copy.copy(bx).items is bx.items)

for bad in ((x for x in []), copy):
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError:", e)
