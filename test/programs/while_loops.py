i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(i, total)
n = 0
while n < 3:
    n += 1
else:
    print('while else ran', n)
while True:
    break
else:
    print('not printed')
print('done')
