# json's nesting limit: CPython's RecursionError messages at the same depth (sys.getrecursionlimit()).
import json
def ok(n, f):
    try:
        f(n)
        return True
    except RecursionError as e:
        return str(e)
for name, f in [('arr', lambda n: json.loads('[' * n + ']' * n)), ('obj', lambda n: json.loads('{"a":' * n + '1' + '}' * n))]:
    print(name, ok(993, f), ok(994, f), ok(100000, f))
def enc(n):
    a = []
    for i in range(n):
        a = [a]
    json.dumps(a)
def enc_dict(n):
    a = {}
    for i in range(n):
        a = {'k': a}
    json.dumps(a)
print('dumps', ok(992, enc), ok(993, enc), ok(992, enc_dict), ok(993, enc_dict), ok(5000, enc))
import sys
sys.setrecursionlimit(200)
print('limit 200', ok(190, lambda n: json.loads('[' * n + ']' * n)), ok(200, lambda n: json.loads('[' * n + ']' * n)))
