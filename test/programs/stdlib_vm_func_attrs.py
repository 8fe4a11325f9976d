# Assigning a function's __annotations__ and __kwdefaults__ (functools.update_wrapper copies them).
def f(a, *, k=1):
    return (a, k)


def g(x: int) -> str:
    return str(x)


f.__annotations__ = g.__annotations__
print(f.__annotations__, f.__annotations__ is g.__annotations__)
f.__annotations__ = {'a': float}
print(f.__annotations__, g.__annotations__)
print(f.__kwdefaults__, f(0))
f.__kwdefaults__ = {'k': 5}
print(f.__kwdefaults__, f(0))
f.__kwdefaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
h = lambda: 0
print(h.__annotations__, h.__kwdefaults__)
