def f():
    try:
        raise ValueError('original')
    finally:
        print('cleanup')
try:
    f()
except ValueError as e:
    print('got', e)
def g():
    try:
        1 / 0
    finally:
        raise KeyError('from finally')
try:
    g()
except KeyError as e:
    print('replaced:', e, type(e.__context__).__name__)
