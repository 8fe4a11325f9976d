# Big integers: factorials, Fibonacci numbers and modular exponentiation beyond 64 bits.
f = 1
for i in range(1, 1500):
    f *= i
a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
x = 0
for i in range(2000):
    x = (x * 31 + i) ^ (x >> 17)
print(len(str(f)), f % 1000000007, a % 1000000007, a.bit_length(), pow(3, 10 ** 4, 2 ** 127 - 1), x.bit_length())
