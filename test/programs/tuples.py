t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), (1,), (), 2 in t)
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t + (4,), t * 2, (1, 2) < (1, 3), (1, 'a') == (1, 'a'))
for i, ch in [(0, 'a'), (1, 'b')]:
    print(i, ch)
print(tuple([1, 2]), tuple('hi'))
