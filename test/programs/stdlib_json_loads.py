# json.loads/json.load: values, hooks, JSONDecoder, and JSONDecodeError's messages and positions.
import json

print(json.loads('{"name": "Ada", "langs": ["en", "fr"], "ok": true, "none": null, "n": -1.5e3}'))
print(json.loads('[1, 2.0, -0, 0.5, 1E2, 1e-2, 123456789012345678901234567890]'))
print(json.loads('  "\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"  '), json.loads('"\\ud83d\\ude00"'), len(json.loads('"\\ud83d"')))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'), json.loads('[]'), json.loads('{}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('\n\t [ 1 , { "k" : [ ] } ] \r\n'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[true]')), json.loads('"café 😀"'))
big = json.loads('[18446744073709551617, -99999999999999999999]')
print(big, big[0] + 1, type(big[1]).__name__)

# hooks
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2, NaN]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))

class Obj:
    def __init__(self, d):
        self.fields = sorted(d.items())
    def __repr__(self):
        return 'Obj(%s)' % ', '.join('%s=%r' % kv for kv in self.fields)

print(json.loads('[{"x": 1, "y": {"z": 2}}]', object_hook=Obj))

# JSONDecoder
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[2]', 2))
print(json.JSONDecoder(object_hook=len).decode('{"a": 1, "b": 2}'))
print(json.JSONDecoder(strict=False).decode('"tab\there"'))

class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())

print(json.loads('["abc"]', cls=UpperDecoder))

# load from a file-like object
class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

print(json.load(Source('{"from": "file"}')))

# round trip
doc = {'list': [1, 2.5, 'three', None, True], 'nested': {'k': [{}], 'u': 'ü'}}
assert json.loads(json.dumps(doc)) == doc
print(json.loads(json.dumps(doc, indent=2)) == doc)

# errors
BAD = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"a\\u12"',
       '"a\nb"', 'tru', '1 2', '{"a":1}x', '[', '{', '{"a"', '{"a":', '-', '01', '1.', '.5',
       '[1,\n2,\n]', '{\n  "a": [\n    1,\n    oops\n  ]\n}', '\ufeff[]', '"😀" x', "{'single': 1}"]
for s in BAD:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
e = json.JSONDecodeError('Custom', 'line one\nline two', 12)
print(e, e.doc, e.pos, e.lineno, e.colno, json.JSONDecodeError.__mro__[1].__name__)
for bad in [5, None, ['x']]:
    try:
        json.loads(bad)
    except TypeError as err:
        print('TypeError', err)
from json.decoder import JSONDecodeError, JSONDecoder
import json.encoder
print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.encoder.encode_basestring_ascii('é"\n'), json.encoder.encode_basestring('é"\n'), json.decoder.JSONDecoder)
json.loads('{"unterminated": [1, 2}')
