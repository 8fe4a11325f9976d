total = 0
errors = 0
for i in range(-3, 4):
    try:
        total += 12 // i
    except ZeroDivisionError:
        errors += 1
        continue
    finally:
        total += 1
print(total, errors)
vals = ['1', 'x', '3', '', '5']
nums = []
for v in vals:
    try:
        nums.append(int(v))
    except ValueError as e:
        print('skip:', e)
print(nums)
