a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q] = 'hi'
print(p, q)
for (i, (j, k)) in [(1, (2, 3))]:
    print(i, j, k)
m = n = 7
print(m, n)
