def divide(a, b):
    return a / b
print(divide(6, 3))
print(divide(1, 0))
