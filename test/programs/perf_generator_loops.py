# Generators driven by for loops, comprehensions and natives: every way a generator can yield,
# return, raise or be resumed again from elsewhere.
import sys


def count(n):
    for i in range(n):
        yield i
    return 'done'


print([x for x in count(3)], list(count(2)), sum(count(5)))
g = count(4)
for x in g:
    if x == 1:
        break
print(next(g), list(g), list(g))        # resumed natively after an inline loop


def delegating():
    r = yield from count(2)
    yield r
    yield from [7, 8]


print(list(delegating()), [y for y in delegating()])


def stops():
    yield 1
    raise StopIteration('inside')


try:
    for v in stops():
        print('got', v)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__, e.__cause__)


def fails():
    yield 1
    raise KeyError('boom')


try:
    for v in fails():
        print('got', v)
except KeyError as e:
    print('KeyError', e)


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs')


for v in cleanup():
    print('v', v)
c = cleanup()
for v in c:
    break
c.close()


def exc_seen():
    yield sys.exc_info()[0]
    try:
        raise ValueError('inner')
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise TypeError('outer')
except TypeError:
    for t in exc_seen():
        print(t.__name__ if t else None, sys.exc_info()[0].__name__)
print(sys.exc_info())


def running():
    yield gen_ref.gi_running


gen_ref = running()
for r in gen_ref:
    print('gi_running', r)


def reentrant():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = reentrant()
print([x for x in me])


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p


print(len(list(perms([1, 2, 3, 4]))), next(perms('abc')))


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield 'bottom'


print(list(deep(50)))


def ret_in_finally():
    try:
        yield 1
        return 5
    finally:
        print('cleanup before return')


print(list(ret_in_finally()))


def gen_with_loop_state():
    total = 0
    for i in count(3):
        for j in count(2):
            total += i * j
            yield total


print(list(gen_with_loop_state()))
