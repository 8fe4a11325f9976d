def f(x, y=2):
    return x + y
f(1, 2, 3)
