def inner():
    x = yield 1
    print('inner got', x)
    yield 2
    return 'inner done'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from range(3, 5)
    yield from [5, 6]
g = outer()
print(next(g))
print(g.send('hello'))
print(list(g))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
