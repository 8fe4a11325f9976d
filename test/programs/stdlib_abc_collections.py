# collections.abc: builtin registrations, subclass hooks and mixin methods of the container ABCs.
import collections.abc as cabc
from collections.abc import *
for obj in ([], (), {}, set(), frozenset(), 'a', b'', range(3), 3, 3.0, None, iter([]), (x for x in []), len, lambda: 0, {}.keys(), {}.items(), {}.values(), bytearray(), type):
    print(type(obj).__name__, [a.__name__ for a in (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString, KeysView, ItemsView, ValuesView) if isinstance(obj, a)])
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, len(m.items()))
print(m.keys() & {'a'}, ('a', 1) in m.items(), 2 in m.values())
try: Mapping()
except TypeError as e: print(e)
class Bad(Sequence): pass
try: Bad()
except TypeError as e: print(e)
class MySeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = MySeq(); s.extend([3,1,2]); s.append(5); s += [7]
print(s.l, s.index(2), s.count(1), 2 in s, list(reversed(s)), s.pop(), s.l); s.reverse(); s.remove(1); print(s.l)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1,2,3]); b = MySet([2,3,4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, MySet([2]) < a, a == MySet([3,2,1]), a.isdisjoint([9]))
a |= [9]; print(sorted(a)); a -= [1]; print(sorted(a)); print(a.pop(), sorted(a))
print(Iterable[int], issubclass(MyMap, Collection), Mapping.__module__, Iterable)
class Dk:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __len__(self): return 0
print(isinstance(Dk(), Iterator), isinstance(Dk(), Sized), isinstance(Dk(), Collection), issubclass(Dk, Hashable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable))
