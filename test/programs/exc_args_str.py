e = ValueError('bad', 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError('k')), repr(KeyError('k')))
print(str(Exception('one')), repr(Exception('one')), Exception().args)
class Custom(Exception):
    pass
c = Custom('msg', 1)
print(c.args, str(c), repr(c), isinstance(c, Exception))
try:
    raise Custom
except Custom as err:
    print('raised class:', repr(err))
