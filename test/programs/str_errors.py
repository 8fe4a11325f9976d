tests = [
    lambda: 'abc'.index('z'),
    lambda: int('3.5'),
    lambda: 'a' * 'b',
    lambda: '{}'.format(),
    lambda: 'x'.zfill(),
    lambda: 'abc'[5],
    lambda: ''.join([1, 2]),
    lambda: '%d' % 'x',
    lambda: ord('ab'),
    lambda: chr(-1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
