try:
    assert 1 > 2, 'nope'
except AssertionError as e:
    print('assertion:', e, e.args)
def check(x):
    assert isinstance(x, int), f'not an int: {x!r}'
    return x
try:
    check('s')
except AssertionError as e:
    print(e)
