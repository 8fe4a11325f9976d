def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
m = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for i in range(90):
    r = matmul(r, m)
print(r[0][1])
f = [[0.5, 1.5], [2.0, -1.0]]
print(matmul(f, f))
