# cls.__dict__ is a read-only, live mappingproxy of the class namespace; types.MappingProxyType
# wraps any mapping the same way.
import types


class A:
    x = 1

    def f(self):
        pass


d = A.__dict__
print(type(d), type(d) is types.MappingProxyType, d['x'], 'f' in d, 'nope' in d, d.get('zz', 5), d.get('x'))
print(sorted(k for k in d if not k.startswith('__')), d is A.__dict__, d == A.__dict__, len(d) == len(list(d)))
A.y = 2
print(d['y'], 'y' in d, sorted(k for k, v in d.items() if not k.startswith('__')), type(d.keys()).__name__, type(d.copy()).__name__)
del A.y
print('y' in d, vars(A)['x'], A.__dict__.get('f').__name__)
for bad in (lambda: d.__setitem__('z', 1), lambda: d['nope'], lambda: hash(d), lambda: types.MappingProxyType([1]),
            lambda: types.MappingProxyType(3)):
    try:
        bad()
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d['z'] = 1
except TypeError as e:
    print("TypeError:", e)

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), 'b' in mp, list(mp), mp.get('z', 0), sorted(mp.items()), mp == {'a': 1, 'b': 2})
print(mp | {'c': 3}, {'z': 0} | mp, mp.copy(), list(reversed(mp)), str(mp), repr(types.MappingProxyType({})))
source = {'k': 1}
live = types.MappingProxyType(source)
source['k2'] = 2
print(live, list(live.keys()), list(live.values()))
