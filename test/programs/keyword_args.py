def box(width, height=1, depth=1):
    return width * height * depth
print(box(2), box(2, 3), box(2, depth=4), box(depth=2, width=3, height=5))
def describe(name, *, loud=False):
    return name.upper() if False else (name + '!' if loud else name)
print(describe('x'), describe('y', loud=True))
def defaults_once(a, b=[]):
    b.append(a)
    return b
print(defaults_once(1), defaults_once(2))
