a = [3, 1, 2]
a.append(10)
print(a, len(a), a[0], a[-1], a[1:3])
print(a.pop(), a.pop(0), a)
b = a + [7, 8]
print(b, b * 2, [0] * 3, 7 in b, 9 in b)
b[0] = 'x'
print(b)
del b[1]
print(b)
n = [[1, 2], [3, 4]]
n[1][0] = 30
print(n, len(n[0]))
print([], [[]], [1, [2, [3]]])
print(a == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(list(range(5)), list('abc'), list((1, 2)))
