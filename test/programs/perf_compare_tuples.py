# Sequence comparison and sorting by tuple keys (lessThan's tuple fast path), and the identity rule
# of CPython's PyObject_RichCompareBool: a NaN is equal to itself inside containers.
x = float('nan')
print((x,) == (x,), [x] == [x], x in [x], (x, 1) < (x, 2), [x].count(x), {x: 1} == {x: 1}, (x,) == (float('nan'),))

words = {'b': 3, 'a': 3, 'c': 1, 'dd': 2, 'd': 2, 'e': 3}
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), (), (1, 'a', 0), (True, 'a'), (1.0, 'a')]))
print(sorted([(2 ** 70, 1), (2 ** 70, 0), (-1, 5), (0.5, 'x')]))
print(max([(1, 2), (1, 3), (0, 9)]), min([('b', 1), ('a', 2)]))

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f'Rev({self.v})'

print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))

class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)

print(sorted([T((1,)), T((1, 2, 3)), T((1, 2))]))

try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)
