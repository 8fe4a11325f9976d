def f(a, b, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(f(1, 2, c=3))
print(f(1, 2, 3, 4, 5, c=6, d=7, e=8, g=9))
def g(*, key):
    return key
print(g(key='k'))
def h(x, /, y):
    return x - y
print(h(5, 3), h(5, y=1))
args = [1, 2]
kw = {'c': 3, 'zz': 0}
print(f(*args, **kw), f(*[1], *[2], c=0), f(0, *range(3), **{'c': 1}, d=2))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2))
print(f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
