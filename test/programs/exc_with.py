class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.swallow
with Ctx('a') as c:
    print('inside', c.name)
with Ctx('b', swallow=True):
    raise ValueError('suppressed')
print('after b')
try:
    with Ctx('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
with Ctx('x') as x, Ctx('y') as y:
    print('two managers', x.name, y.name)
def early():
    with Ctx('ret'):
        return 'returned'
print(early())
for i in range(2):
    with Ctx(f'loop{i}'):
        if i == 0:
            continue
        break
