r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], 5 in r, 6 in r, list(r))
print(range(5), range(0, 5, 2), range(10, 0, -1)[2])
print(list(range(-5)), len(range(0, 10, -1)), list(range(3))[::-1])
total = 0
for i in range(1000000):
    total += i
print(total)
