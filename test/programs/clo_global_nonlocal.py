x = 'global'
def a():
    x = 'a-local'
    def b():
        global x
        x = 'set by b'
    b()
    return x
print(a(), x)
def c():
    y = 1
    def d():
        nonlocal y
        y += 10
        def e():
            nonlocal y
            y *= 2
        e()
    d()
    return y
print(c())
