def f():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('cleanup', i)
    return 'done'
print(h())
def k():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(k())
def nested():
    try:
        try:
            raise KeyError('x')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
