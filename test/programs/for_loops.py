for i in range(3):
    print(i)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for ch in 'abc':
    print(ch, end='')
print()
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('no')
for x in []:
    print('empty')
else:
    print('for else ran')
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
print(list(range(0)), list(range(2, 8, 2)), list(range(5, 0, -2)))
