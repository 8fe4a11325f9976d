# The dispatch loop saves f_lasti only in instructions that can raise or call; every traceback
# line below must still name the instruction that raised.
import sys
def lines(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, out)

class B:
    def __bool__(self):
        raise ValueError('bool')
def f1():
    x = B()
    if x:
        pass
def f2():
    a = [1]
    return a[
        5]
def f3():
    d = {}
    d[1] = 2
    d['k'] += 1
def f4():
    for i in 5:
        pass
def f5():
    x = 1
    y = 'a'
    if (x <
        y): pass
def f6():
    o = object()
    return o.missing
def f7():
    z = 1
    del z
    return z
def f8():
    return sys._getframe(0).f_lineno
def f9():
    it = iter([1])
    next(it)
    next(it)
def f10():
    return 1 / 0
def f11():
    x = 10 ** 400 * 1.0
for f in [f1, f2, f3, f4, f5, f6, f7, f9, f10, f11]:
    lines(f)
print(f8())
