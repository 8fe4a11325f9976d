a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1, 2} < a, a >= {1}, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), a.intersection(b), a.difference(b), a.symmetric_difference(b))
s = set()
s.add(1)
s.add(1)
s.update([2, 3])
s.discard(9)
s.remove(2)
print(s, len(s), 3 in s, 2 in s)
print(set('hello') == {'h', 'e', 'l', 'o'}, frozenset([1, 2]) == {1, 2}, {frozenset([1]): 'ok'})
f = frozenset('ab')
print(sorted(f), type(f).__name__, set(), frozenset())
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)
print(s.pop() in {1, 3}, {1, 2, 3} - {2})
