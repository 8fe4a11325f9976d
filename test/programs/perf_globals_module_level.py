# Module-level LOAD_NAME (locals is globals) with its inline cache, and class bodies (locals is
# not globals), which read names the old way.
out = []
for i in range(6):
    if i == 2:
        len = lambda s: -1
    if i == 4:
        del len
    out.append(len('abc'))
print(out)

x = 0
for i in range(5):
    x = x + i
    out.append(x)
print(out)

vals = []
for i in range(4):
    vals.append(str(i))
    if i == 1:
        str = repr
    if i == 2:
        str = lambda v: '<%s>' % v
del str
vals.append(str(9))
print(vals)

# Comprehensions and nested functions read module globals while the module rebinds them.
base = 10
res = []
for i in range(3):
    res.append([base + j for j in range(2)])
    base = base * 2
print(res)

# Class bodies: a name first read from globals, then from the class namespace.
name = 'global name'


class C:
    first = name
    name = 'class name'
    second = name
    third = len(name)


print(C.first, C.second, C.third)
del name
try:
    name
except NameError as e:
    print('NameError:', e)

# globals().clear() inside an exec'd namespace; popitem too.
ns = {}
exec('def f():\n    return item\nitem = 1', ns)
f = ns['f']
print(f())
ns['item'] = 2
print(f())
ns.popitem()  # the last key inserted: 'item'
try:
    print(f())
except NameError as e:
    print('NameError:', e)
ns['item'] = 3
print(f())
ns.clear()
try:
    f()
except NameError as e:
    print('NameError:', e)
ns['item'] = 'after clear'
print(f())
