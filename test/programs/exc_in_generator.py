def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
# CPython also runs the finally clause when the last reference to a suspended generator goes
# away (reference counting); tspy, like PyPy, runs it on close(). Close explicitly to be portable.
g = gen()
for v in g:
    print(v)
    break
g.close()
print('after break')
g = gen()
print(next(g))
g.close()
g.close()
def failing():
    yield 1
    raise ValueError('inside generator')
try:
    for x in failing():
        print('got', x)
except ValueError as e:
    print('caught', e)
