def add(a, b=10):
    return a + b
print(add(1), add(1, 2), add(b=5, a=1), add(3, b=4))

def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', punct='?'), greet(greeting='Hi', name='Cy'))

def no_return():
    pass
print(no_return())

def early(n):
    if n > 0:
        return 'pos'
    return 'non-pos'
print(early(1), early(-1))

def multi():
    return 1, 2
a, b = multi()
print(a, b, multi())
