def g():
    yield 1
it = g()
print(list(it), list(it))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError:', e)
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError as e:
    print(e)
