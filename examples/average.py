def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

print(average([3, 4, 8]))
