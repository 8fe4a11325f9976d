# LOAD_GLOBAL / LOAD_NAME inline caches: every way a global or builtin can change must be seen
# by an instruction that already ran (and cached) the old value.
import builtins
import sys

counter = 0


def read_counter():
    return counter


def bump():
    global counter
    counter += 1


# A global rebound inside the loop that reads it.
seen = []
for i in range(5):
    seen.append(read_counter())
    bump()
print('rebound in loop:', seen)


def loop_reads_and_writes(n):
    global total
    total = 0
    out = []
    for i in range(n):
        total = total + i
        out.append(total)
    return out


print('STORE_GLOBAL then LOAD_GLOBAL:', loop_reads_and_writes(5))

# globals()['x'] = ... and other dict methods on the module's dict.
value = 'first'


def read_value():
    return value


print(read_value())
globals()['value'] = 'via globals()'
print(read_value())
globals().update(value='via update')
print(read_value())
globals().update([('value', 'via update pairs')])
print(read_value())
print(globals().pop('value'))
try:
    read_value()
except NameError as e:
    print('NameError:', e)
globals().setdefault('value', 'via setdefault')
print(read_value())
globals().setdefault('value', 'not replaced')
print(read_value())


# del of a global falls back to the builtin; a later global shadows the builtin again.
def measure(s):
    return len(s)


print(measure('abc'))
len = lambda s: 'shadowed ' + s
print(measure('abc'))
del len
print(measure('abc'))
globals()['len'] = lambda s: 'shadowed via globals()'
print(measure('abc'))
del globals()['len']
print(measure('abc'))


# A builtin shadowed only after the function ran many times.
def absolute(x):
    return abs(x)


for i in range(3):
    print(absolute(-i))
abs = lambda x: 'my abs'
print(absolute(-7))
del abs
print(absolute(-7))

# builtins.X = ... through the builtins module, seen by cached LOAD_GLOBALs.
saved_len = builtins.len
print(measure('abcd'))
builtins.len = lambda s: 'builtins.len replaced'
print(measure('abcd'))
builtins.len = saved_len
print(measure('abcd'))


def read_new_builtin():
    return brand_new_name


try:
    read_new_builtin()
except NameError as e:
    print('NameError:', e)
builtins.brand_new_name = 'added to builtins'
print(read_new_builtin())
setattr(builtins, 'brand_new_name', 'setattr on builtins')
print(read_new_builtin())
brand_new_name = 'global shadows new builtin'
print(read_new_builtin())
del brand_new_name
print(read_new_builtin())
del builtins.brand_new_name
try:
    read_new_builtin()
except NameError as e:
    print('NameError:', e)

# The module object: mod.x = ... and del mod.x are seen by the module's functions.
me = sys.modules[__name__]
flag = 'global flag'


def read_flag():
    return flag


print(read_flag())
me.flag = 'set through the module object'
print(read_flag())
setattr(me, 'flag', 'setattr on the module')
print(read_flag())
del me.flag
try:
    read_flag()
except NameError as e:
    print('NameError:', e)
me.__dict__['flag'] = 'module __dict__'
print(read_flag())


# A generator suspended between reads of a global.
def gen():
    for _ in range(3):
        yield flag


g = gen()
print(next(g))
flag = 'changed while suspended'
print(next(g))
del flag
try:
    next(g)
except NameError as e:
    print('NameError:', e)
