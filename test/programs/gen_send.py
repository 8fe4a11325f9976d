def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def echo():
    try:
        while True:
            try:
                v = yield
                print('got', v)
            except ValueError as e:
                print('handled', e)
    finally:
        print('closing')
e = echo()
next(e)
e.send(1)
e.throw(ValueError('oops'))
e.send(2)
e.close()
print('closed')
