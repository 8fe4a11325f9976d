total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # comment inside brackets
    3,
]
d = {
    'a': 1,

    'b': 2,
}
print(items, d)
def f(a,
      b):
    return (a
            + b)
print(f(1,
        2))
x = 1; y = 2; print(x + y)
if x: print('one-line if')
while y > 1: y -= 1
print(y)
# a comment line

    # an indented comment line is ignored
print('end')
