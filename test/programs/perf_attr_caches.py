# Attribute and method inline caches: every way an instance or its class can change under a
# cached LOAD_ATTR, STORE_ATTR or LOAD_METHOD must be seen.
class P:
    kind = 'class'

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def who(self):
        return 'method'


def read(o):
    return o.x, o.kind, o.get(), o.who()


a = P(1)
b = P(2)
for _ in range(3):
    print(read(a), read(b))
b.kind = 'instance'          # shadows the class attribute
b.who = lambda: 'shadowed'   # shadows the method
print(read(a), read(b))
del b.kind                   # back to the class attribute; b's dict leaves its shape
print(read(b), sorted(vars(b)))
P.kind = 'changed'           # class dict changes after caching
P.get = lambda self: -self.x
print(read(a), read(b))
del b.x
try:
    read(b)
except AttributeError as e:
    print('AttributeError', e)
b.x = 5
print(read(b), list(vars(b)))


class Q:
    pass


q = Q()
for i in range(100):         # more attributes than a shape holds
    setattr(q, 'a%d' % i, i)
print(sum(getattr(q, 'a%d' % i) for i in range(100)), len(vars(q)), list(vars(q))[:3], list(vars(q))[-2:])
q.__dict__['a5'] = 'five'
print(q.a5)
q.__dict__[1] = 'one'        # a non-string key in an instance dict
print(q.__dict__[1], q.a6)


class Order:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


for o in [Order(True), Order(False), Order(True)]:
    print(o.a, o.b, list(vars(o)))


class R:
    def __init__(self):
        self.v = 0


def bump(r):
    r.v = r.v + 1
    return r.v


r = R()
print([bump(r) for _ in range(3)])
R.v = property(lambda self: 'prop')   # a data descriptor now takes precedence
print(r.v)
try:
    bump(r)
except TypeError as e:
    print('TypeError', e)


def setr(r):
    r.v = 5


try:
    setr(r)
except AttributeError:
    print('AttributeError: no setter')


class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)


class Plain:
    pass


def setv(o, v):
    o.v = v
    return o.v


print(setv(Plain(), 1), setv(Plain(), 2))
print(setv(Logged(), 3))
Plain.__setattr__ = Logged.__setattr__   # a __setattr__ added after caching
print(setv(Plain(), 8))
x = [1, 2]
for _ in range(3):
    x.append(len(x))
print(x, 'a-b'.split('-'), 'A'.lower())
