d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d)
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d['a'] = 100
del d['b']
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
e = {1: 'int', 1.0: 'float', True: 'bool'}
print(e)
f = {(1, 2): 'tuple key', None: 'none'}
print(f[(1, 2)], f[None])
print({}, dict(), {'x': {'y': 1}})
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2})
