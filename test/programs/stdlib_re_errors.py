# re.error for malformed patterns and templates: CPython's messages, positions, line and column.
import re

PATTERNS = ['a{3,2}', '(abc', 'abc)', '*a', 'a**', 'a\\q', '[abc', '[z-a]', '(?<x>a)', '(?P<1>a)',
            '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2(a)', '(a\\1)', '(?<=a+)b', '(?<=a|bc)d', '(?z)', 'a(?i)b',
            '(?i', '(?i-i:a)', 'x\\', '*\\', '\\x4', '[\\A]', '(?#abc', '(?', '(?P', '(?Px)', '(?<', '(?<x',
            '(?-a:x)', '\\8', '[\\d-z]', '(?P<a', '(?P<>a)', '(?P=)', 'a\n(b', 'ab\ncd\n[x', '^*', '\\b+',
            'a|*', '{1}', '(?i:a', '(?L)a', '\\777', '[\\777]', '\\u12', '\\U00110000', 'a)b', ')',
            'a*+?', '[]', '[^]', ' (?x)a', '(?x) a b c #', '(?x)[ ]x\\ ', '(?a:(?u:x))', '(?i-:x)',
            '(?t:x)', '(?-t:x)', '(?im-x)', '(?<=(a)\\1)', '(?<=(?P<n>a))(?P=n)', '(a)(?<=\\1)',
            '(?(x)a|b)', '(?(0)a)', 'a{2}{3}', 'a??+', '(?x)a # (', 'x{1,2', '[a-\\d]', '[\\w-a]']
for p in PATTERNS:
    try:
        r = re.compile(p)
        print(repr(p), 'compiles:', r.groups, 'groups')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)

for p in [b'\\u1234', b'(?u)x', b'a\\', b'[\\N]']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except re.error as e:
        print(p, '->', e)

TEMPLATES = ['\\3', '\\g<x>', '\\g<', '\\g<1', '\\g<-1>', '\\q', '\\g<a b>', '\\g', 'a\\', '\\0777', '\\477', '\\g<99>']
for t in TEMPLATES:
    try:
        print(repr(t), '->', repr(re.sub('(?P<n>a)', t, 'xa')))
    except (re.error, IndexError) as e:
        print(repr(t), '->', type(e).__name__, e)
print(repr(re.sub('(a)', r'\0\01\101\n\\\.', 'a')))
re.compile('a++*')
