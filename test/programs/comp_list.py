print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([[c for c in w] for w in ['hi', 'yo']])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = 'outer'
print([x for x in 'abc'], x)
print([y := 5, y ** 2])
print([n for n in range(10) if (sq := n * n) > 20], sq)
