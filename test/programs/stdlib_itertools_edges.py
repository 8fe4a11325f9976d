import itertools as it
from itertools import islice, count, tee, groupby, chain
for a in [(-2,),(1,-2),(-1,2),('a',3),(1,2,0),(1,2,-1),(1,2,None),(1,None,None), (1.5,), (None,), (-1,), (1, -1), (0, 5, 0), ('a',), (1, 2, 'x')]:
  try: print(a, list(islice('abcdef',*a)))
  except Exception as e: print(a, type(e).__name__, e)
print(repr(it.count(0,1.0)), it.repeat('a', times=2), it.count(step=2), it.count(2.5))
for f, a, k in [('count', (1, 'a'), {}), ('repeat', (1, 'a'), {}), ('repeat', (1, 2, 3), {}), ('repeat', (), {}),
    ('cycle',(1,2),{}),('chain',(),{'a':1}),('dropwhile',(len,),{}),('takewhile',(),{}),('filterfalse',(None,),{}),('tee',(),{}),('tee',([],1,2),{}),('permutations',(),{}),('product',(),{'repeat':'x'}),('count',(1,2,3),{}),('zip_longest',(1,),{}),('combinations_with_replacement',('ab',),{}),('permutations',('ab','x'),{}),('accumulate',([1],None,1),{}),('islice',([],1,2,3,4),{}),
    ('tee', ([1], -1), {}), ('accumulate', (), {}), ('pairwise', (), {}), ('cycle', (), {}), ('islice', (), {}), ('starmap', (len,), {}), ('compress', ([1],), {}), ('zip_longest', ([1],), {'x': 2}), ('product', ([1],), {'x': 2}), ('combinations', ([1],), {}), ('groupby', (), {}), ('permutations', ('abc', -1), {}), ('combinations', ('abc', -1), {}), ('product', ('a',), {'repeat': -1}), ('count', ('a',), {}), ('combinations_with_replacement', ('abc', -2), {})]:
    try: r = getattr(it, f)(*a, **k); print(f, 'ok')
    except Exception as e: print(f, type(e).__name__, e)
for bad in [lambda: list(chain(1)), lambda: list(it.starmap(len, [1])), lambda: next(it.pairwise(3))]:
    try: bad()
    except TypeError as e: print('TE', e)
print(repr(chain()).split(' at ')[0], repr(tee([1])[0]).split(' at ')[0], type(tee([1])[0]))
g = groupby('aab'); k, grp = next(g); print(type(grp), repr(grp).split(' at ')[0], k, list(grp))
# tee laziness and sharing
src = count()
a, b = tee(src)
print(next(a), next(a), next(a), next(b), list(islice(b, 3)), next(a))
c = a.__copy__(); print(next(a), next(c))
a2, b2, c2 = tee(a, 3); print(next(a2), next(b2), next(c2))
t = tee(iter([1, 2, 3]))
print(list(t[0]), list(t[1]), list(t[0]))
print(tee([], 0))
# islice consumes exactly what CPython consumes
itr = iter(range(10))
print(list(islice(itr, 0, 6, 4)), next(itr))
itr = iter(range(10))
print(list(islice(itr, 2, 2)), next(itr))
itr = iter(range(10))
print(list(islice(itr, 3)), next(itr))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate('abc')), list(it.accumulate([5], lambda a, b: a - b, initial=10)))
print(list(it.chain.from_iterable(['ab', [1]])), list(it.compress(range(5), it.cycle([1, 0]))))
p = it.pairwise(iter('abc')); print(next(p), list(p), list(p))
print(list(it.product([1, 2], repeat=0)), list(it.product([], [1])), list(it.permutations([], 0)), list(it.permutations('ab', 3)))
print(list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)))
r = it.repeat('x', 3); next(r); print(r, r.__length_hint__())
c = it.count(10**20, 10**19); next(c); print(c)
c = it.count(0.1, 0.1); [next(c) for _ in range(3)]; print(c)
print(list(it.zip_longest('ab', [1], [True, False, None], fillvalue=0)))
print([list(g) for k, g in groupby([1, 1, 2, 2, 2, 3])], list(groupby('')))
gb = groupby('aabbc'); _ = next(gb); k2, g2 = next(gb); print(k2, list(g2), [k for k, _ in gb])
gb = groupby('aabb'); k1, g1 = next(gb); k2, g2 = next(gb); print(list(g1), list(g2))
print(list(it.takewhile(lambda x: x < 3, count())), list(islice(it.dropwhile(lambda x: x < 3, count()), 2)))
print(list(it.filterfalse(lambda x: x > 2, [1, 5, 2, 6])), list(it.starmap(divmod, [(7, 2), (9, 4)])))
print(sum(1 for _ in it.permutations(range(5), 3)), sum(1 for _ in it.combinations(range(10), 4)))
print(isinstance(count(), it.count), it.count.__name__, it.count.__module__, it.chain.__module__)
class C(it.chain): pass
print(list(C('ab', 'c')))
