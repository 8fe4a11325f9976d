# Recursive Fibonacci: calls, comparisons and integer arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(10):
    print(i, fib(i))
print("fib(25) =", fib(25))
