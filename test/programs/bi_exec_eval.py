x = 10
print(eval('x * 2 + 1'), eval('  [i * i for i in range(4)]'))
exec('y = x + 5\nprint("in exec", y)')
print(y)
ns = {}
exec('def f(a):\n    return a * 3\nz = f(4)', ns)
print(ns['z'], sorted(k for k in ns if k != '__builtins__'))
print(eval('a + b', {'a': 1}, {'b': 2}))
code = compile('1 + 1', '<calc>', 'eval')
print(type(code).__name__, eval(code), code.co_filename)
def g():
    local = 7
    return eval('local + 1')
print(g())
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    exec('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
try:
    compile('x', 'f', 'bad')
except ValueError as e:
    print(e)
exec(compile('print("single", 2 + 3)', '<s>', 'single'))
