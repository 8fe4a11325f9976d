def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))

def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(7))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
