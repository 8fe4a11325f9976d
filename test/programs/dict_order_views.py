d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
print(d, list(d))
del d['a']
d['a'] = 9
print(d)
ks, vs, its = d.keys(), d.values(), d.items()
d['q'] = 5
print(len(ks), list(vs), ('q', 5) in its, ks & {'z', 'x'}, sorted(ks - {'z'}))
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
