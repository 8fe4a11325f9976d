# obj.__dict__ and vars(obj) are the object's own namespace, not a copy (UserDict.copy, copy.copy rely on it).
class A:
    pass

a = A()
a.__dict__['x'] = 1
print(a.x, a.__dict__ is a.__dict__, vars(a) is a.__dict__)
a.__dict__.update({'y': 2}, z=3)
print(a.y, a.z, vars(a))
del a.__dict__['x']
print(hasattr(a, 'x'), sorted(a.__dict__))
a.w = 4
print(a.__dict__)
b = A.__new__(A)
b.__dict__.update(a.__dict__)
b.__dict__['y'] = 'changed'
print(vars(b), a.y)
print(a.__dict__.pop('w'), a.__dict__.get('w', 'gone'), 'z' in a.__dict__, len(a.__dict__))


def f():
    pass


f.__dict__['tag'] = 'hello'
print(f.tag, f.__dict__)
f.other = 1
print(sorted(f.__dict__), vars(f) is f.__dict__)

# reversed() of dict views, and dict.fromkeys on a subclass builds the subclass through __setitem__.
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper.fromkeys('ab', 0)
print(type(u).__name__, u, dict.fromkeys('xy'), type(dict.fromkeys('x')).__name__)
