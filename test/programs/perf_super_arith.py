# Superinstructions for local-and-constant arithmetic (x + 1, x - 1, x % 3, x += 1) and
# x += y into a local: ints take the fast path, everything else must behave as CPython does.

def plus_minus_mod(x):
    return x + 1, x - 1, x % 3

for v in [5, -7, 2 ** 53 - 1, -(2 ** 53) + 1, 10 ** 20, 2.5, -0.0, True, float('inf')]:
    print(repr(v), plus_minus_mod(v))

for v in ['s', [1], (2,), None]:
    try:
        print(repr(v), plus_minus_mod(v))
    except TypeError as e:
        print(repr(v), 'TypeError', e)

def mod_zero(x):
    return x % 0

try:
    mod_zero(4)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

def counters(start):
    i = start
    i += 1
    i += 1
    return i

for v in [0, 2 ** 53 - 2, 2 ** 53 - 1, 1.5, 10 ** 30]:
    print(repr(v), repr(counters(v)))
try:
    counters('x')
except TypeError as e:
    print('TypeError', e)

def accumulate(items):
    total = 0
    text = ''
    lst = []
    alias = lst
    for it in items:
        total += it
        text += str(it)
        lst += [it]
    return total, text, lst, alias is lst

print(accumulate([1, 2, 3]))
print(accumulate([0.5, 2, 2 ** 60]))
print(accumulate([True, 2.25]))

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        return Acc(self.v + other * 10)
    def __add__(self, other):
        return Acc(self.v + other)
    def __mod__(self, other):
        return 'mod ' + str(other)
    def __sub__(self, other):
        return 'sub ' + str(other)

def objects(a):
    b = a
    b += 1
    c = a + 1
    return b.v, c.v, a - 1, a % 3

print(objects(Acc(1)))

def while_less(i, n):
    steps = 0
    while i < n:
        i += 1
        steps += 1
    if i is n:
        steps += 100
    if i is not None and i >= n and not (i != n):
        steps += 1000
    return steps

print(while_less(0, 5), while_less(0.5, 3), while_less(2, 1), while_less(True, 3))
try:
    while_less('a', 3)
except TypeError as e:
    print('TypeError', e)

def unbound_is(flag):
    if flag:
        other = None
    x = None
    if x is other:
        return 'same'
    return 'different'

print(unbound_is(True))
try:
    unbound_is(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)

def unbound(flag):
    if flag:
        n = 1
    return n + 1

try:
    unbound(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt

class Odd:
    @property
    def nxt(self):
        return None

def walk(p):
    n = 0
    while p is not None:
        p = p.nxt
        n += 1
    return n

chain = None
for _ in range(5):
    chain = Node(chain)
print(walk(chain), walk(Odd()), walk(Node(Node(Odd()))))
x = float('inf')
print(x % 3, x % 3.0, -x % 3, 5.0 % x, -5.0 % x, x % -3, divmod(5.0, x), divmod(-5.0, x))
print(x // 3, divmod(x, 3), divmod(-x, 2.5), 7.5 // x, -7.5 // x, float('nan') % 2, divmod(float('nan'), 1.0))

def local_ops(x, y):
    return x + y, x - y, x * y

def stack_ops(x, y):
    return (x * 2) + y, (x * 2) - y, (x + 1) * y

for x, y in [(3, 4), (2 ** 52, 2 ** 52), (-7, 0), (2.5, 4), (3, 0.5), (-0.0, 0.0), (0, -3), (1e308, 10.0),
             (10 ** 20, 3), (True, 2), (3, False)]:
    print(repr(x), repr(y), local_ops(x, y), stack_ops(x, y))
for x, y in [('ab', 'cd'), ([1], [2]), ((1,), (2,)), ('ab', 3), (None, 1)]:
    try:
        print(repr(x), repr(y), local_ops(x, y))
    except TypeError as e:
        print(repr(x), repr(y), 'TypeError', e)

class M(list):
    def __getitem__(self, i):
        return ('M', i)

def index_local(seq, i):
    return seq[i]

for seq, i in [([10, 20, 30], 1), ([10, 20, 30], -1), ((7, 8), 1), ('xyz', 2), ({1: 'one'}, 1), (M([5]), 0), (range(5), 3)]:
    print(repr(index_local(seq, i)))
for seq, i in [([1], 5), ([1], 'a'), ({}, 'k')]:
    try:
        index_local(seq, i)
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

def unbound_operand(flag):
    if flag:
        y = 1
    x = 2
    return x * y

try:
    unbound_operand(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)

class Box:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

class PropBox:
    @property
    def v(self):
        return 5
    nxt = None

def attr_tests(b):
    out = []
    if b.v > 3:
        out.append('>3')
    if b.v == 2.5:
        out.append('==2.5')
    if b.v is None:
        out.append('None')
    if b.v in (1, 'x'):
        out.append('in')
    if not b.v != 'x':
        out.append("=='x'")
    n = 0
    while b.nxt is not None:
        b = b.nxt
        n += 1
    out.append(n)
    return out

for b in [Box(5, Box(1, Box(2))), Box(2.5), Box(None), Box(1), Box('x'), PropBox()]:
    try:
        print(attr_tests(b))
    except TypeError as e:
        print('TypeError', e)

def unbound_attr(flag):
    if flag:
        b = Box(1)
    if b.v > 0:
        return 'pos'

try:
    unbound_attr(False)
except UnboundLocalError as e:
    print('UnboundLocalError', e)
