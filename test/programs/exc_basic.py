def risky(n):
    if n == 0:
        raise ValueError('zero!')
    if n == 1:
        raise KeyError('one')
    if n == 2:
        return 1 / 0
    return n
for i in range(4):
    try:
        r = risky(i)
    except ValueError as e:
        print('value error:', e)
    except (KeyError, ZeroDivisionError) as e:
        print('other:', type(e).__name__, e)
    else:
        print('ok', r)
    finally:
        print('finally', i)
