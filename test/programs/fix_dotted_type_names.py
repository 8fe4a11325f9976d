# Messages name extension types by their dotted tp_name, as CPython does ('collections.deque')
import collections, itertools, functools, operator, re, io

def f(a, b):
    return a

objs = [collections.deque([1]), collections.defaultdict(int), collections.OrderedDict(), itertools.count(),
        itertools.chain(), itertools.repeat(1, 2), functools.partial(f, 1), operator.itemgetter(0),
        operator.attrgetter('x'), re.compile('a'), io.StringIO()]
checks = [
    ('hash', lambda o: hash(o)),
    ('dictkey', lambda o: {o: 1}),
    ('attr', lambda o: o.nope),
    ('call', lambda o: o()),
    ('subscript', lambda o: o[0]),
    ('iter', lambda o: iter(o)),
    ('len', lambda o: len(o)),
    ('in', lambda o: 1 in o),
    ('add', lambda o: o + 1),
    ('radd', lambda o: 1 + o),
    ('neg', lambda o: -o),
    ('lt', lambda o: o < 1),
    ('index', lambda o: [1, 2][o]),
    ('range', lambda o: range(o)),
    ('int', lambda o: int(o)),
    ('float', lambda o: float(o)),
    ('next', lambda o: next(o)),
]
for o in objs:
    print(type(o).__name__, repr(type(o)))
    for name, fn in checks:
        try:
            fn(o)
            print('  ', name, 'ok')
        except Exception as e:
            print('  ', name, type(e).__name__, e)
for t in [type(iter(range(3))), type(re.finditer('a', 'a'))]:
    try:
        t()
    except TypeError as e:
        print(e)
print(isinstance(1, collections.deque), issubclass(collections.deque, object))
try:
    collections.deque.append(5, 1)
except TypeError as e:
    print(e)
# Classes that are written in Python in CPython keep their bare names.
import json, random
for o in [collections.Counter(), random.Random(1), json.JSONEncoder(), functools.cached_property(f),
          collections.namedtuple('P', 'x')(1)]:
    for name, fn in [('attr', lambda o: o.nope), ('lt', lambda o: o < None), ('call', lambda o: o() if not callable(o) else None)]:
        try:
            fn(o)
            print(name, 'ok')
        except Exception as e:
            print(name, type(e).__name__, e)
