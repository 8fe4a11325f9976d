data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print('long list', n)
while (item := data.pop()) > 2:
    print('popped', item)
print(data)
first, *middle, last = range(10)
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print([*range(3), *'ab'], (*[1], 2), {*[1, 1], 2}, {**{'a': 1}})
def f(*args):
    return args
print(f(*[1, 2], *(3,)))
