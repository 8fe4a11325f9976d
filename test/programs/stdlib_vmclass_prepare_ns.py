# A metaclass's __prepare__ may return a dict subclass: the class body's stores, loads and deletes go
# through its __setitem__/__getitem__/__delitem__ (enum's _EnumDict relies on it).


class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k, v if not callable(v) else 'fn')
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)


class Counting(dict):
    def __init__(self):
        super().__init__()
        self.n = 0

    def __missing__(self, key):
        if key.startswith('auto_'):
            self.n += 1
            return self.n
        raise KeyError(key)


class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Counting() if kw.get('counting') else Recording()

    def __new__(mcs, name, bases, ns, **kw):
        print(type(ns).__name__, sorted(ns))
        return super().__new__(mcs, name, bases, dict(ns))


class C(metaclass=M):
    a = 1
    b = a + 1
    tmp = 5
    del tmp

    def f(self):
        return C.b


print(C.a, C.b, C().f(), hasattr(C, 'tmp'))


class K(metaclass=M, counting=True):
    x = auto_a
    y = auto_b
    z = len


print(K.x, K.y, K.z is len)
try:
    class Bad(metaclass=M):
        del nothing
except NameError as e:
    print("NameError:", e)


def outer():
    v = 10

    class Inner(metaclass=M):
        w = v + 1
    return Inner.w


print(outer())
