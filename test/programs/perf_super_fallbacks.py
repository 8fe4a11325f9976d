# Superinstructions (vm/quicken.ts) fuse common sequences; each must still behave exactly as the
# separate instructions do when an operand is not the common kind.

class L(list):
    def __getitem__(self, i):
        return ('over', i)
    def __setitem__(self, i, v):
        print('set', i, v)
    def __iter__(self):
        return iter(['a', 'b'])

l = L([1, 2, 3])
print(l[0], l[-1])
l[0] = 5
x, y = l
print(x, y, list.__getitem__(l, 0))

class T(tuple):
    def __iter__(self):
        return iter('pq')
p, q = T((1, 2))
a, *b = T((1, 2))
print(p, q, a, b, list(T((1, 2))), tuple(T((3,))), sorted(T((5, 4))))

def compares(a, b):
    out = []
    if a < b: out.append('<')
    if a <= b: out.append('<=')
    if a == b: out.append('==')
    if a != b: out.append('!=')
    if a > b: out.append('>')
    if a >= b: out.append('>=')
    if a is b: out.append('is')
    if a is not b: out.append('is not')
    if a in [b]: out.append('in')
    if a not in (b,): out.append('not in')
    return ' '.join(out)

for a, b in [(1, 2), (2.5, 2), (2, 2.0), (True, 1), (10 ** 30, 10 ** 30 + 1), ('a', 'b'),
             (float('nan'), float('nan')), ([1], [1]), (None, None), ((1, 2), (1, 3)), (-0.0, 0)]:
    try:
        print(repr(a), repr(b), compares(a, b))
    except TypeError as e:
        print(repr(a), repr(b), 'TypeError', e)

def const_compares(a):
    out = []
    if a < 3: out.append('<3')
    if a == 3.0: out.append('==3.0')
    if a is None: out.append('None')
    if a is not None: out.append('not None')
    if a == 'x': out.append("=='x'")
    if a != (): out.append('!=()')
    return out

for a in [2, 3, 3.0, 4.5, None, 'x', 10 ** 40, True]:
    try:
        print(repr(a), const_compares(a))
    except TypeError as e:
        print(repr(a), 'TypeError', e)

class P:
    kind = 'class attr'
    def __init__(self):
        self.a = 1
    @property
    def prop(self):
        return 'property'
    def meth(self):
        return 'method'

class G:
    def __getattr__(self, name):
        return 'getattr ' + name

def attrs(o):
    r = []
    for name in ('a', 'kind', 'prop'):
        try:
            r.append(getattr(o, name))
        except AttributeError as e:
            r.append(str(e))
    return r

def loads(o, g):
    v = o.a
    k = o.kind
    pr = o.prop
    m = o.meth
    z = g.zzz
    return v, k, pr, m(), z

o = P()
g = G()
for i in range(3):
    print(loads(o, g))
    if i == 0:
        P.kind = 'changed'
    if i == 1:
        o.kind = 'instance now'
del o.a
try:
    loads(o, g)
except AttributeError as e:
    print('AttributeError', e)

def chain(n):
    head = None
    for i in range(n):
        node = P()
        node.a = head
        head = node
    count = 0
    p = head
    while p is not None:
        p = p.a
        count += 1
    return count

print(chain(10))

def fors():
    out = []
    for i in range(5, 0, -2):
        out.append(i)
    for c in 'hey':
        out.append(c)
    for k in {'x': 1, 'y': 2}:
        out.append(k)
    for g in (j * j for j in range(3)):
        out.append(g)
    for e in []:
        out.append('never')
    for big in range(2 ** 53, 2 ** 53 + 2):
        out.append(big)
    return out

print(fors())

def subscripts(seq):
    try:
        return seq[0], seq[-1], seq[1]
    except IndexError as e:
        return 'IndexError', str(e)
    except KeyError as e:
        return 'KeyError', str(e)

for s in [[1, 2, 3], (4, 5, 6), 'abc', {0: 'zero', -1: 'minus', 1: 'one'}, [7], {}, range(3)]:
    print(subscripts(s))

def pairs(a, b):
    c = a + b
    d = c * a
    return c, d

print(pairs(2, 3), pairs('x', 'y') if False else pairs(1.5, 2))

def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b

print(unbound_second(True))
try:
    unbound_second(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def unbound_store(flag):
    x = 1
    if flag:
        y = 2
    x = 3; return x, y

try:
    unbound_store(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def bad_compare(a, b):
    if a < b:
        return 'less'
    return 'not less'

print(bad_compare(1, 2))

class M(list):
    def __getitem__(self, i):
        return 100
    def __setitem__(self, i, v):
        print('M set', i, v)

def augmented(seq, k):
    seq[k] += 10
    seq[k] *= 2
    return seq

print(augmented([1, 2, 3], 1), augmented([1, 2, 3], -1), augmented({'a': 1}, 'a'), augmented(M([0]), 0))
try:
    augmented((1, 2), 0)
except TypeError as e:
    print('TypeError', e)
try:
    augmented([1], 3)
except IndexError as e:
    print('IndexError', e)

def local_const_subscript(v):
    return v[0], v[2], v[-1]

print(local_const_subscript([5, 6, 7]), local_const_subscript('xyz'), local_const_subscript(L([1])))

print(bad_compare('a', 1))
