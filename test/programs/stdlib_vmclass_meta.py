# Metaclass hooks the standard library relies on: __prepare__ with class keywords, type.__call__
# through super(), metaclass __setattr__/__delattr__/__iter__/__len__/__contains__/__getitem__,
# __instancecheck__/__subclasscheck__, __mro_entries__, and type(name, bases, ns)'s __module__.


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *a, **k):
        print("call", a, k)
        return super().__call__(*a, **k)

    def __iter__(cls):
        return iter([1, 2, 3])

    def __len__(cls):
        return 3

    def __contains__(cls, x):
        return x == 2

    def __getitem__(cls, k):
        return k * 2

    def __setattr__(cls, k, v):
        if k == 'frozen':
            raise AttributeError('cannot reassign frozen')
        print("setattr", k)
        super().__setattr__(k, v)

    def __delattr__(cls, k):
        print("delattr", k)
        super().__delattr__(k)

    def __repr__(cls):
        return "<M %s>" % cls.__name__


class A(metaclass=Meta, foo=1):
    x = 1

    def __init__(self, v=0):
        self.v = v


print(A)
a = A(5)
print(a.v, type(a).__name__)
print(list(A), len(A), 2 in A, 5 in A, A[4])
A.y = 3
print(A.y)
del A.y
print(hasattr(A, 'y'))
try:
    A.frozen = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del A.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(type(A).__name__, A.__module__)
print(type.__call__(A, 7).v)


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool or super().__subclasscheck__(sub)


class EvenNumber(metaclass=Even):
    pass


class Sub(EvenNumber):
    pass


print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(Sub(), EvenNumber))
print(issubclass(bool, EvenNumber), issubclass(int, EvenNumber), issubclass(Sub, EvenNumber))
print(isinstance(3, (str, EvenNumber)), isinstance(2, (str, EvenNumber)))


class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)


class D(Entries(), metaclass=type):
    pass


print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D(a=1))

T = type('T', (object,), {'a': 1, '__eq__': lambda s, o: True})
print(T, T.__module__, T.__hash__, T().a, T.__name__, T.__qualname__)
o = object.__new__(T)
object.__setattr__(o, 'q', 5)
print(o.q, o.__dict__)
