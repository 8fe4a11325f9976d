# d[k] on a missing key raises KeyError from the dispatch loop without a JavaScript throw: the
# exception must look exactly as before (args, str, context, handlers, __missing__ subclasses).
d = {'a': 1, (1, 2): 'tuple', None: 'none', 1: 'one'}
print(d['a'], d[(1, 2)], d[None], d[1], d[1.0], d[True])

def lookups(keys):
    found, missing = [], []
    for k in keys:
        try:
            found.append(d[k])
        except KeyError as e:
            missing.append((e.args, str(e), repr(e)))
    return found, missing

print(lookups(['a', 'b', (1, 2), (2, 1), None, 0, 1, '', (), 2.5]))

class Missing(dict):
    def __missing__(self, k):
        return 'default for ' + repr(k)

m = Missing(x=1)
print(m['x'], m['y'])

def chained():
    try:
        d['nope']
    except KeyError:
        try:
            d['again']
        except KeyError as e2:
            return repr(e2.__context__), e2.__suppress_context__

print(chained())

try:
    {}[[1]]
except TypeError as e:
    print('TypeError', e)

def count_missing(n):
    seen = {}
    hits = 0
    for i in range(n):
        try:
            seen[i % 7] += 1
            hits += 1
        except KeyError:
            seen[i % 7] = 1
    return hits, sorted(seen.items())

print(count_missing(50))

def finally_after_missing():
    log = []
    try:
        try:
            d['zz']
        finally:
            log.append('finally ran')
    except LookupError as e:
        log.append('caught ' + type(e).__name__)
    return log

print(finally_after_missing())
d['zz']
