from collections import namedtuple, ChainMap, UserDict, UserList, OrderedDict
import collections
for args, kw in [(('P', 'x y x'), {}), (('P', 'x _y'), {}), (('P', 'x def'), {}), (('P', 'x 1y'), {}), (('1P', 'x'), {}), (('P', ['x', 2]), {}), (('P', 'a b'), {'defaults': [1, 2, 3]}), (('class', 'a'), {}), (('P',), {}), ((), {})]:
    try: print(namedtuple(*args, **kw)._fields)
    except Exception as e: print(type(e).__name__, e)
print(namedtuple('R', 'abc def _x abc 9 ok', rename=True)._fields)
P = namedtuple('P', 'x, y', defaults=(0,))
p = P(3)
print(p, P._field_defaults, P.__doc__, P.x.__doc__, P.y, P.__match_args__, P.__module__, P.__qualname__)
try: P._make([1, 2, 3])
except TypeError as e: print(e)
try: p._replace(z=1, w=2)
except ValueError as e: print(e)
try: p.x = 5
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
try: P(1, 2, x=3)
except TypeError as e: print(e)
try: P(q=3)
except TypeError as e: print(e)
print(p.__getnewargs__(), P(y=5, x=1), P(*range(2)), p + (1,), p * 2, p[::-1], p.count(3), p.index(0))
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), max(P(1, 2), P(1, 3)))
print({P(1, 2): 'a'}[(1, 2)], P(1, 2) == (1, 2), isinstance(p, tuple), type(p).__bases__)
Emp = namedtuple('Emp', 'name age', module='mymod'); print(Emp.__module__, repr(Emp('a', 1)))
class Point(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()
    @property
    def hyp(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return 'Point: x=%6.3f  y=%6.3f  hyp=%6.3f' % (self.x, self.y, self.hyp)
print(Point(3, 4), repr(Point(3, 4)), Point._make([5, 12]).hyp, Point(1, 2)._replace(x=7), Point(1, 2)._asdict())
P3 = namedtuple('P3', Point._fields + ('z',)); print(P3(1, 2, 3))
a, b = P(7, 8); print(a, b, len(p), list(p))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.keys(), list(cm.items()), list(cm.values()), cm == {'a': 1, 'b': 3}, cm == ChainMap({'b': 3, 'a': 1}))
print(cm.get('zz', 'dflt'), cm.pop('a'), cm, cm.copy(), cm.__copy__() is cm)
try: cm.pop('b')
except KeyError as e: print(e)
try: ChainMap({}, {'x': 1}).popitem()
except KeyError as e: print(e)
print(cm.setdefault('n', 5), cm, ChainMap.fromkeys('ab', 1))
cm.update({'u': 1}, v=2); print(cm, len(cm), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
print(cm | {'w': 0}, {'w': 0} | cm)
cm |= {'y': 1}; print(cm)
cm.clear(); print(cm)
class Missing(ChainMap):
    def __missing__(self, key): return 'missing:' + key
print(Missing({'a': 1})['b'], Missing().new_child(x=1))
import builtins
pylookup = ChainMap({}, vars(builtins)); print(pylookup['len'] is len)
defaults = {'color': 'red', 'user': 'guest'}; env = {'user': 'admin'}
combined = ChainMap(env, defaults); print(combined['color'], combined['user'], list(combined))
c = ChainMap(); c['self'] = c; print(c)
try: ChainMap({})['x']
except KeyError as e: print(repr(e))
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), ud.get('z'), 'a' in ud, ud.keys(), list(ud.items()), ud == {'a': 1, 'b': 2})
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict({'A': 1}, B=2); print(ld, ld.data, type(ld.copy()), ld.copy(), ld | {'C': 3}, UserDict.fromkeys('xy', 0))
print(ud.pop('a'), ud.popitem(), ud, ud.setdefault('k', []))
try: UserDict().popitem()
except KeyError as e: print(repr(e))
class DM(UserDict):
    def __missing__(self, key): return 0
print(DM()['x'])
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]), ul + [9], [9] + ul, ul * 2, len(ul), ul == [0, 1, 2, 3], ul < [5])
ul.extend(UserList([7])); ul.insert(0, -1); print(ul, ul.pop(), ul.index(2), ul.count(1), 2 in ul, list(reversed(ul)), ul.copy())
ul += (8,); ul *= 1; print(ul, UserList(), UserList('ab'))
print(sorted(collections.__all__))
