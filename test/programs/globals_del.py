counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def read_only():
    return counter * 10
print(read_only())
x = 1
del x
y = [1, 2, 3, 4]
del y[0], y[-1]
print(y)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
def make():
    global made
    made = 'yes'
make()
print(made)
