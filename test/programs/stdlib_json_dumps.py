# json.dumps/json.dump: CPython's formatting, options, encoder subclasses and errors.
import json

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None,
        'score': 9.5, 'nested': {'t': (1, 2), 'e': [], 'd': {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent='--'))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=1, separators=(', ', ' = ')))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent=2))

# scalars
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(10 ** 30), json.dumps(1.0), json.dumps(0.1), json.dumps(1e100), json.dumps(-0.0), json.dumps(1e-7))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')), json.dumps(3.141592653589793))

# strings
print(json.dumps('plain'), json.dumps('quote " and \\ backslash'), json.dumps('\n\r\t\b\f\x00\x1f\x7f'))
print(json.dumps('café ñ 中文 😀'), json.dumps('café ñ 中文 😀', ensure_ascii=False))
print(json.dumps('\x7f\u2028', ensure_ascii=False) == '"\x7f\u2028"')

# keys
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', 'e': 'f'}))
print(json.dumps({float('inf'): 1, -1: 2}))
print(json.dumps({(1, 2): 'x', 'y': 1}, skipkeys=True), json.dumps({(1, 2): 'x'}, skipkeys=True))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))

# subclasses of builtins
class MyInt(int):
    pass

class MyStr(str):
    pass

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps([MyInt(5), MyStr('s'), MyDict(a=1), MyList([1, 2])]), json.dumps({MyStr('k'): MyInt(3)}))

# default= and cls=
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({'p': Point(0, 0)}, default=encode_point, indent=2))

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({'pts': [Point(1, 2), Point(3, 4)]}, cls=PointEncoder))
print(PointEncoder(indent=2).encode([Point(5, 6)]))
enc = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(enc.encode({'b': [1, 2], 'a': 'x'}), enc.item_separator, enc.key_separator, enc.encode('s'))
print(''.join(json.JSONEncoder().iterencode({'k': [1, 2]})))
try:
    json.dumps([Point(0, 0), object()], cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)

# dump to a file-like object
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

sink = Sink()
json.dump({'a': [1, 2]}, sink, indent=1)
print(repr(''.join(sink.parts)))

# errors
for bad in [object(), {1, 2}, b'bytes', 1j]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
for kw in [dict(allow_nan=False)]:
    for v in [float('nan'), [float('inf')], {'k': float('-inf')}]:
        try:
            json.dumps(v, **kw)
        except ValueError as e:
            print('ValueError', e)
loop = []
loop.append(loop)
d = {}
d['self'] = d
for v in [loop, d]:
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError', e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({'a': 1, 2: 'b'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print('TypeError', e)
for make in (lambda: json.JSONEncoder(True), lambda: json.JSONDecoder(None), lambda: json.JSONEncoder(bogus=1),
             lambda: json.dumps(1, cls=json.JSONEncoder, bogus=2)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
json.dumps({'when': object()})
