# __get__/__set__/__delete__ of functions, classmethod, staticmethod and property, called directly
# (enum tells descriptors from member values with hasattr(value, '__get__')).


def f(x=1):
    return x


class C:
    def __repr__(self):
        return 'C()'


c = C()
print(f.__get__(c), f.__get__(None, C) is f, f.__get__(c)(), classmethod(f).__get__(c)(), classmethod(f).__get__(None, C)(), staticmethod(f).__get__(c)())
p = property(lambda s: 5, lambda s, v: print('set', v), lambda s: print('del'))
print(p.__get__(c), p.__get__(None, C) is p)
p.__set__(c, 3)
p.__delete__(c)
print([hasattr(o, '__get__') for o in (f, classmethod(f), staticmethod(f), p, len, 3, C.__repr__)])
print([hasattr(o, '__set__') for o in (f, p)], hasattr(p, '__delete__'))
for bad in (lambda: property().__get__(c), lambda: property(lambda s: 1).__set__(c, 1),
            lambda: property(lambda s: 1).__delete__(c), lambda: f.__get__(None)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
