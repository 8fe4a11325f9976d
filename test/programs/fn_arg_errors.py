def f(a, b, *, c):
    pass
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, b=2, a=3, c=4),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(x, /):
    pass
try:
    g(x=1)
except TypeError as e:
    print(e)
def h(a, b=1, *args):
    pass
try:
    h()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
