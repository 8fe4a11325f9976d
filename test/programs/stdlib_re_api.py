# re's API: Match and Pattern objects, templates, callables, flags, bytes patterns, errors.
import re

m = re.search(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'contact: alice@example.org, bob@x.com')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('host'), m.group(1, 'host', 0))
print(m[0], m[1], m['user'])
print(m.groups(), m.groupdict(), m.span(), m.span('host'), m.start(1), m.end(2))
print(m.expand(r'\2 has \g<user> (\g<0>)'), m.regs)
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup)
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

m = re.match(r'(a)(b)?(c)?', 'a')
print(m.groups(), m.groups('-'), m.span(2), m.start(3), m.lastindex, m.group(2))
m = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print(m.groupdict(), m.groupdict(0), m.lastgroup, m.lastindex)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('a', 'a').lastindex)

# templates
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good night'))
print(re.sub(r'(?P<a>\d)', r'[\g<a>\g<1>\g<0>]', 'x1y2'))
print(re.sub(r'a', r'\n\t\\', 'bab'), repr(re.sub('a', '\\.', 'a')))
print(re.sub(r'(a)|b', r'<\1>', 'ab'))
print(re.sub(r'\d', '#', 'a1b2c3', count=2), re.subn(r'\d', '#', 'a1b2c3'), re.sub('q', 'z', 'abc'))
print(re.sub(r'\d+', lambda mm: str(int(mm.group()) ** 2), '3 apples and 12 pears'))
print(re.sub(r'x', lambda mm: None, 'axbxc'))
for t in ['\\3', '\\g<x>', '\\g<', '\\g<1', '\\g<-1>', '\\q', '\\g<a b>', '\\g', 'a\\']:
    try:
        print(repr(re.sub('(a)', t, 'xa')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda mm: 1, 'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError', e)

# split
print(re.split(r',', 'a,b,,c'), re.split(r'(,)', 'a,b'), re.split(r',', 'a,b,c', maxsplit=1))
print(re.split(r'(-)|(\+)', '1-2+3'), re.split(r'\s+', '  lead and trail  '), re.split('x', ''))
print(re.split(r'\b', 'hi there'), re.split(r'', 'abc'), re.split(r'(?=b)', 'abab'))

# findall / finditer
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'), re.findall(r'(\d)', 'a1b2'), re.findall(r'\d', ''))
it = re.finditer(r'\d+', 'a12b345')
print(type(it).__name__, [mm.group() for mm in it], list(it))
print([mm.span() for mm in re.finditer(r'\b\w', 'one two three')])

# flags
print(re.I, re.IGNORECASE, re.M | re.S, re.I | re.X | re.A, re.NOFLAG, repr(re.U))
print(int(re.I), re.I == 2, re.I | 0 == re.I, re.I + 1, type(re.I).__name__, re.DOTALL.value if hasattr(re.DOTALL, 'value') else 16)
print(re.compile('x', re.I | re.M), re.compile('x', re.A), re.compile(b'x'), re.compile(b'x', re.I), re.compile('(?s)x'))
print(re.compile('x').flags, re.compile('(?im)x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
p = re.compile(r'(?P<first>\w+) (?P<second>\w+)', re.I)
print(p.pattern, p.groups, p.groupindex, p.flags == re.I | re.U)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') is re.compile('a'))
print(re.compile(re.compile('ab')).pattern)
try:
    re.compile(re.compile('ab'), re.I)
except ValueError as e:
    print('ValueError', e)

# pos / endpos
p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.match('ab cd ef', 3), p.match('ab cd ef', 2), p.search('ab cd ef', 1, 4))
print(p.findall('ab cd ef', 2, 7), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile('').search('abc', 2, 1), p.fullmatch('ab cd', 3), p.fullmatch('ab cd', 3, 4))
m = p.search('xx yy', 1, 4)
print(m.pos, m.endpos, m.string)

# bytes patterns
print(re.findall(rb'\d+', b'a1 b22'), re.sub(rb'(a)', rb'<\1>', b'banana'), re.split(rb',', b'x,y'))
m = re.match(rb'(?P<k>\w+)=(\w*)', b'key=val')
print(m, m.groups(), m.groupdict(), re.escape(b'a.b'))
print(re.search(rb'\w+', b'caf\xe9').group(), re.search(rb'CAF', b'caf', re.I))
for args in [(rb'a', 'a'), ('a', b'a'), ('a', 1), (1, 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for args in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U)]:
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError', e)

# escape, purge, non-BMP text
print(re.escape('a.b*c d\n-#&~é'), re.escape('1+1=2?'))
re.purge()
print(re.findall(r'.', 'a😀b'), re.search('b', '😀b').span(), re.sub('😀', 'x', 'a😀b'))

# generic aliases for annotations
def first_word(p: re.Pattern[str], s: str) -> re.Match[str] | None:
    return p.match(s)
print(re.Pattern[str], re.Match[bytes], first_word(re.compile(r'\w+'), 'hi there'))

# errors
e = None
try:
    re.compile('(ab')
except re.error as err:
    e = err
print(type(e).__name__, isinstance(e, Exception), e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(re.error('plain'), re.error('msg', 'pattern', 3), re.error('m', 'ab\ncd', 4).lineno)
for pat in ['(?(x)a|b)', '(?(0)a)', 'a{4294967295}']:
    try:
        re.compile(pat)
    except (re.error, OverflowError) as err:
        print(type(err).__name__, err)
try:
    re.search('a')
except TypeError as err:
    print('TypeError', err)
try:
    re.compile('a').search()
except TypeError as err:
    print('TypeError', err)
re.compile(r'x{2,1}')
