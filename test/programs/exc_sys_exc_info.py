import sys
print(sys.exc_info())
try:
    raise ValueError('inside')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
