# One code object run with different globals dicts: the inline caches check which dict they
# hold for, not only its version.
import types

code = compile('result.append(value)\nresult.append(len(value))', '<src>', 'exec')
result = []
for value in ['a', 'bb', 'ccc']:
    exec(code, {'result': result, 'value': value})
print(result)

# Same globals, alternating with a fresh dict that shadows a builtin.
result = []
d1 = {'result': result, 'value': 'xy'}
d2 = {'result': result, 'value': 'xyz', 'len': lambda s: 'fake len'}
for d in [d1, d2, d1, d2]:
    exec(code, d)
print(result)

# Separate locals: LOAD_NAME reads locals first, then globals, then builtins.
glob = {'value': 'global'}
for loc in [{}, {'value': 'local'}, {}]:
    loc['result'] = []
    exec(code, glob, loc)
    print(loc['result'])


# One function's code under two globals dicts (types.FunctionType).
def reader():
    return (scale, abs(-2))


scale = 'module scale'
other = {'scale': 'other scale', 'abs': lambda x: 'other abs'}
clone = types.FunctionType(reader.__code__, other)
for _ in range(2):
    print(reader(), clone())
other['scale'] = 'other rebound'
del other['abs']
print(reader(), clone())

# Two globals dicts built the same way (so with equal versions) under one code object.
def read_scale():
    return scale


clones = [types.FunctionType(read_scale.__code__, {'scale': v}) for v in ['p', 'q', 'r']]
print([c() for c in clones], [c() for c in clones])

# A function's __dict__ used as globals: attribute writes change the dict's contents.
def holder():
    pass


exec('def get():\n    return setting', holder.__dict__)
get = holder.__dict__['get']
holder.setting = 1
print(get())
holder.setting = 2
print(get())
del holder.setting
try:
    get()
except NameError as e:
    print('NameError:', e)


# A dict subclass as module namespace: LOAD_NAME goes through __getitem__ / __missing__.
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('undefined'):
            return 'missing ' + key
        raise KeyError(key)


ns = Defaulting()
exec('out = []\nfor i in range(3):\n    out.append(undefined_name)\nout.append(len("ab"))', ns)
print(ns['out'])

# Another module: mod.x = ... and del mod.x are seen by its functions.
import importdata.perf_globals_mod as mod

for _ in range(2):
    print(mod.read_x(), mod.read_len('abc'))
mod.x = 2
print(mod.read_x())
mod.__dict__.update(x=3)
print(mod.read_x())
del mod.x
try:
    mod.read_x()
except NameError as e:
    print('NameError:', e)
mod.len = lambda s: 'module-level len'
print(mod.read_len('abc'))
del mod.len
print(mod.read_len('abc'))
exec('x = "exec into the module"', mod.__dict__)
print(mod.read_x())

# exec() into the running module's globals.
target = 'before'


def read_target():
    return target


print(read_target())
exec('target = "set by exec"')
print(read_target())
exec('del target', globals())
try:
    read_target()
except NameError as e:
    print('NameError:', e)
