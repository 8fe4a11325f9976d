for exc in [ZeroDivisionError, KeyError, IndexError, StopIteration, KeyboardInterrupt, RecursionError, ModuleNotFoundError, UnboundLocalError, NotImplementedError]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__])
try:
    [][1]
except LookupError as e:
    print('caught via LookupError:', type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print('caught via ArithmeticError:', e)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
