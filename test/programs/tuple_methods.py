t = (1, 2, 2, 3)
print(t.count(2), t.index(3), len(t), t[::-1], max(t), (1, 2) + (3,), (0,) * 3)
a, *b = t
print(a, b)
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested], dict(nested), hash((1, 2)) == hash((1, 2)))
print(tuple(x for x in 'ab'), (1,) == (1,), () < (1,), (1, 2) < (1, 2, 3))
