for n in range(-2, 3):
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    else:
        print(n, 'positive')
x = 5
print('big' if x > 3 else 'small', 'big' if x > 10 else 'small')
if x:
    pass
if not x:
    print('never')
else:
    print('else branch')
