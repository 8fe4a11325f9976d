# obj.__dict__ is the instance's own namespace: writes through it are attributes, and it is the
# same object each time (copy, dataclasses and many programs rely on this).


class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)


p = P(a=1, b=2)
print(p.a, p.b, p.__dict__, p.__dict__ is p.__dict__, vars(p) is p.__dict__)
p.__dict__['c'] = 3
del p.__dict__['a']
print(p.c, hasattr(p, 'a'), sorted(vars(p)))
p.d = 4
print(p.__dict__)


def f():
    pass


f.__dict__['tag'] = 'x'
print(f.tag, f.__dict__)


class L(list):
    pass


lst = L([1])
lst.__dict__['extra'] = True
print(lst.extra, lst.__dict__, lst)
e = ValueError('m')
e.__dict__['note'] = 'n'
print(e.note, e.__dict__)
try:
    (1).__dict__
except AttributeError as err:
    print("AttributeError:", err)


class Hashed:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


# A __hash__ result that fits in 64 bits is kept; bigger ints are hashed again.
print(hash(Hashed(-6644214454873602895)), hash(Hashed(2 ** 62)), hash(Hashed(-1)), hash(Hashed(2 ** 70)))
print(hash(Hashed(True)), hash(Hashed(-(2 ** 63))), hash(Hashed(2 ** 63)))
