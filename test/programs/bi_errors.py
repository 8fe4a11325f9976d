tests = [
    lambda: int('abc', 16),
    lambda: int('12', 1),
    lambda: float('x'),
    lambda: max([]),
    lambda: min(),
    lambda: sum(['a', 'b']),
    lambda: abs('x'),
    lambda: round('x'),
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: hash([]),
    lambda: iter(5),
    lambda: next([]),
    lambda: getattr(1, 'nope'),
    lambda: setattr(1, 'x', 2),
    lambda: isinstance(1, 2),
    lambda: list(1),
    lambda: dict([1]),
    lambda: len(print),
    lambda: {}['k'],
    lambda: ().__getitem__(0),
    lambda: None + 1,
    lambda: -'a',
    lambda: 1 < None,
    lambda: [].foo,
    lambda: (1).real.x,
    lambda: 2 ** 10000.0,
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
