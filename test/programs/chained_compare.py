x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 1)
print(1 == 1 != 2, 1 <= 1 >= 1, 0 < x <= 5 < 6)
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(0) < noisy(2))
print(noisy(1) < noisy(2) < noisy(3))
print(1 < 2.5 < 3, 2 ** 60 < 2.0 ** 61, 'a' < 'b' < 'c')
