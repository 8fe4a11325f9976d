print('plain: runs once, as', __name__)
A = 1
B = [1, 2]
_private = 'hidden'


def f():
    return 'f() in plain'


class K:
    pass
