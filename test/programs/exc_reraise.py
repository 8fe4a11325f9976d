def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging and re-raising')
        raise
try:
    inner()
except ZeroDivisionError as e:
    print('outer got', e)
try:
    try:
        raise ValueError('first')
    except ValueError as e:
        raise RuntimeError('second') from e
except RuntimeError as e:
    print(e, '<- caused by', repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise TypeError('b')
except TypeError as e:
    print(e, '<- context', repr(e.__context__))
