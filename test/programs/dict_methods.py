d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('c', 3), d.setdefault('b', 99), d)
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(d, len(d))
print(d.popitem(), d)
e = dict.fromkeys('ab', 0)
print(e, dict(zip('xy', [1, 2])), dict([('k', 'v')]), dict(a=1, b=2))
keys = d.keys()
d['new'] = 1
print(list(keys), 'new' in keys, list(d.values())[-1], list(d.items())[0])
print({**{'a': 1}, **{'b': 2}, 'c': 3}, {'a': 1} | {'b': 2})
c = d.copy()
c.clear()
print(c, d == d.copy(), {1: 'a'} == {1.0: 'a'})
try:
    {}.popitem()
except KeyError as err:
    print('KeyError:', err)
for k in sorted({'z': 1, 'a': 2}):
    print(k, end=' ')
print()
