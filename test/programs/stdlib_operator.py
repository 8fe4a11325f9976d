import operator
import itertools
from operator import itemgetter, attrgetter, methodcaller
print(operator.index(True), type(operator.index(True)), operator.index(10**30))
for f in [lambda: operator.index('a'), lambda: operator.length_hint(1, 'x'), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2), lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.methodcaller(), lambda: operator.methodcaller(1), lambda: operator.itemgetter(1)(), lambda: operator.attrgetter('x')(1), lambda: operator.itemgetter(5)([1]), lambda: operator.countOf(1, 1), lambda: operator.iconcat(1, []), lambda: operator.index(1.5)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
class LH:
  def __length_hint__(self): return -1
class LH2:
  def __length_hint__(self): return 'a'
class LH3:
  def __length_hint__(self): return NotImplemented
class LH4:
  def __length_hint__(self): return 4
for o in [LH(), LH2(), LH3(), LH4(), [1,2], 5, 'abc']:
  try: print(operator.length_hint(o, 7))
  except Exception as e: print(type(e).__name__, e)
print(operator.itemgetter(1), operator.itemgetter(1, 'a'), operator.attrgetter('a.b', 'c'), operator.methodcaller('f', 1, k=2), operator.methodcaller('g'))
print(operator.call(len, 'ab'), type(operator.itemgetter(1)), operator.itemgetter.__module__)
data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), list(map(itemgetter(2, 0), data)))
print(itemgetter(slice(1, None))('abcd'), itemgetter('k')({'k': 9}))
class P:
    def __init__(self, n, c=None): self.name, self.child = n, c
    def greet(self, greeting, punct='!'): return f'{greeting}, {self.name}{punct}'
p = P('outer', P('inner'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')('abc'))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.getitem([1, 2], -1))
l = [1, 2, 3]; operator.setitem(l, 0, 'x'); operator.delitem(l, 1); print(l)
a = [1]; b = operator.iadd(a, [2]); print(a, b is a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 2), operator.iconcat([1], (2,)))
print(operator.ior({1}, {2}), operator.iand(6, 3), operator.ixor(6, 3), operator.ipow(3, 2), operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ilshift(1, 3), operator.irshift(8, 3))
print(operator.__add__ is operator.add, operator.__lt__(1, 2), operator.__contains__('ab', 'a'), operator.__call__ is operator.call)
class Mat:
    def __matmul__(self, o): return 'mm'
    def __imatmul__(self, o): return 'imm'
print(operator.matmul(Mat(), 1), operator.imatmul(Mat(), 2), operator.__matmul__(Mat(), 0))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
try: operator.add(1, 'a')
except TypeError as e: print(e)
print(sorted(operator.__all__) == sorted(set(operator.__all__)), len(operator.__all__))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.starmap(operator.pow, [(2, 5), (3, 2)])))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
print(sorted(inventory, key=operator.itemgetter(1, 0)), max(inventory, key=operator.itemgetter(1)))

from operator import itemgetter, attrgetter, methodcaller
for f in [lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], [3]), lambda: itemgetter(1)(x=1), lambda: attrgetter('a')(), lambda: methodcaller('f')(1, 2), lambda: itemgetter(k=1), lambda: attrgetter('a', 2)]:
    try: print(f())
    except TypeError as e: print(e)
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), repr(methodcaller('split', ',', maxsplit=1)), type(itemgetter(1)).__name__, itemgetter.__module__)
print(itemgetter(0, -1)('abc'), attrgetter('real', 'imag')(3 + 4j), itemgetter(1).__call__([5, 6]), callable(attrgetter('x')))
try:
  class G(itemgetter): pass
except TypeError as e: print(e)
print(operator.add, operator.__add__ is operator.add, operator.itemgetter, operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(5))), operator.length_hint(iter((1, 2))))
it = iter([1, 2, 3]); next(it); print(operator.length_hint(it), operator.length_hint(x for x in 'ab'))
for f in [lambda: operator.add(1), lambda: operator.not_(), lambda: operator.neg('a'), lambda: operator.inv(1.5), lambda: operator.setitem([1], 0), lambda: operator.index(1.0), lambda: operator.countOf([1], 1, 2), lambda: operator.length_hint(), lambda: operator.add(1, b=2), lambda: operator.concat({}, {})]:
    try: print(f())
    except TypeError as e: print(e)
print(operator.index(10**30), operator.index(True), operator.iand(12, 10), operator.ior([1], [2]) if False else operator.ior({1}, {2}), operator.imatmul.__name__, operator.iconcat([1], 'ab'))
