stack = [1, 2, 3]
while stack:
    print(stack.pop())
queue = 'abc'
while queue:
    print(queue[0])
    queue = queue[1:]
d = {'a': 1}
if d and d['a']:
    print('dict truthy')
n = 0
print(n or 'zero is falsy', [] or 'empty list falsy', 0.0 or 'zero float falsy')
