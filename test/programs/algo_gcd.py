def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6))
acc = 1
for k in range(1, 41):
    acc = lcm(acc, k)
print(acc)
def power_mod(b, e, m):
    result = 1
    b = b % m
    while e > 0:
        if e % 2 == 1:
            result = result * b % m
        e //= 2
        b = b * b % m
    return result
print(power_mod(3, 10 ** 18, 10 ** 9 + 7), power_mod(2, 100, 10 ** 30))
