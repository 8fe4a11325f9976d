def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print(f100)
print(sum(int(d) for d in str(f100)), len(str(factorial(500))))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a % (10 ** 9 + 7), a.bit_length())
print(pow(2, 10 ** 5, 10 ** 9 + 7), (3 ** 200) // (2 ** 300), -(7 ** 50) // 13, (-(7 ** 50)) % 13)
