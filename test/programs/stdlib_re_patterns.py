# A broad differential check of re: many patterns against several subjects, printing every
# operation's result, so any difference from CPython's regular expression engine shows.
import re

CASES = [
    (r'a+', 'caaab aa', 0),
    (r'a*', 'baac', 0),
    (r'a*?b', 'aab ab', 0),
    (r'(a|ab)(c|bcd)(d*)', 'abcd', 0),
    (r'\d+(\.\d+)?', 'pi 3.14 e 2 x .5', 0),
    (r'\bfoo\b', 'foo foobar barfoo foo.', 0),
    (r'\Bo\B', 'foo boo o', 0),
    (r'^\w+', 'hello world\nsecond line', 0),
    (r'^\w+', 'hello world\nsecond line', re.M),
    (r'\w+$', 'one two\nthree four\n', 0),
    (r'\w+$', 'one two\nthree four\n', re.M),
    (r'\A\w', 'ab\ncd', re.M),
    (r'\w\Z', 'ab\ncd\n', 0),
    (r'.+', 'line1\nline2', 0),
    (r'.+', 'line1\nline2', re.S),
    (r'(?s).+', 'a\nb', 0),
    (r'[a-c]+', 'abcdcba', 0),
    (r'[^a-c\s]+', 'ab cd\tef', 0),
    (r'[\d\s]+', 'a 12 3b', 0),
    (r'[\W]+', 'ab, cd!', 0),
    (r'[^\W\d]+', 'ab12cd_3', 0),
    (r'[\S]+', ' a bb  ccc ', 0),
    (r'[]a]+', 'a]]b', 0),
    (r'[^]a]+', 'a]]bc', 0),
    (r'[a-]+', '-a-b', 0),
    (r'[\]\[]+', 'x[]y', 0),
    (r'[.*+?]+', 'a.*+?b', 0),
    (r'HELLO', 'hello Hello HELLO', re.I),
    (r'[a-z]+', 'ABC def GhI', re.I),
    (r'(?i)straße', 'STRASSE strasse STRAßE', 0),
    (r'(?i:ab)c', 'ABc ABC abc', 0),
    (r'a(?-i:b)c', 'ABC AbC abc', re.I),
    (r'(?x) a b  c  # comment', 'abc a b c', 0),
    (r'''(?x)
        (\d{3})   # area
        [-\s]?
        (\d{4})   # number
     ''', 'call 555-1234 or 555 9876', 0),
    (r'[ ]x', 'a x', re.X),
    (r'a\ b', 'a b', re.X),
    (r'(?P<word>\w+)\s(?P=word)', 'hello hello world world x', 0),
    (r'(\w)\1', 'aabbcd', 0),
    (r'(a)(b)?(c)', 'ac abc', 0),
    (r'(?:ab)+', 'ababab abab', 0),
    (r'(ab)+', 'ababab', 0),
    (r'x(?=y)', 'xy xz', 0),
    (r'x(?!y)', 'xy xz', 0),
    (r'(?<=\$)\d+', 'cost $42 or 17', 0),
    (r'(?<!\$)\b\d+', 'cost $42 or 17', 0),
    (r'a{2}', 'aaaaa', 0),
    (r'a{2,}', 'a aa aaaa', 0),
    (r'a{,2}', 'aaa', 0),
    (r'a{1,2}?', 'aaa', 0),
    (r'a{', 'a{ a', 0),
    (r'x{}', 'x{}', 0),
    (r'a{2,1', 'a{2,1', 0),
    (r'(?>a+)b', 'aaab', 0),
    (r'a++b', 'aaab', 0),
    (r'a*+a', 'aaa', 0),
    (r'\x41\u0042\101\0', 'AB\x41\x00', 0),
    (r'\t\n\\', 'a\t\n\\b', 0),
    (r'\.\*\+', 'a.*+', 0),
    (r'\d', '١٢3', 0),
    (r'\d', '١٢3', re.A),
    (r'\w+', 'héllo wörld_1', 0),
    (r'\w+', 'héllo wörld_1', re.A),
    (r'\s+', 'a\x1cb\xa0c\u2003d', 0),
    (r'\s+', 'a\x1cb\xa0c d', re.A),
    (r'(?a)\w+', 'naïve', 0),
    (r'colou?r', 'color colour colouur', 0),
    (r'(\d+)-(\d+)', '10-20 30-40', 0),
    (r'(a)|(b)', 'ab', 0),
    (r'', 'abc', 0),
    (r'\b', 'ab cd', 0),
    (r'$', 'ab\n', 0),
    (r'^', 'a\nb\n', re.M),
    (r'x*', 'axxb', 0),
    (r'(x)*', 'axxb', 0),
    (r'[\u00e0-\u00ff]+', 'caf\u00e9 na\u00efve', 0),
    (r'\$\d+\.\d{2}', 'total $12.50 tax $1.05', 0),
    (r'(?P<key>\w+)=(?P<val>[^;]*)', 'a=1;b=;c=three', 0),
    (r'(?m)^#.*$', '# one\ncode\n# two', 0),
    (r'<.*?>', '<a><b></b></a>', 0),
    (r'<.*>', '<a><b></b></a>', 0),
    (r'[-+]?\d*\.?\d+([eE][-+]?\d+)?', '1e10 -2.5 +.3E-2 x', 0),
    (r'(\w+)\s*=\s*(.*)', 'name = value here', 0),
    (r'(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)', 'ip 192.168.1.254 and 999.1.1.1', 0),
    (r'(\w+)@(\w+)\.(com|org)', 'a@b.com c@d.org e@f.net', 0),
    (r'[aeiou]', 'Programming', re.I),
    (r'(?i)[^aeiou\s]+', 'Hello World', 0),
    (r'\\', 'a\\b\\c', 0),
    (r'(a*)+', 'b', 0),
    (r'(a|b)*?c', 'abac', 0),
    (r'(?:a|(b))+', 'ab', 0),
    (r'\(([^()]*)\)', 'f(x) g(y, z) h()', 0),
    (r'(\d*)?x', 'x 1x', 0),
    (r'(?:x*?|[^a]+)?', 'abc', 0),
    (r'(a|)?b', 'b ab', 0),
    (r'(a*)??b', 'b aab', 0),
]

def show(v):
    if isinstance(v, re.Match):
        return 'M%r%r%r' % (v.span(), v.groups(), v.lastindex)
    return repr(v)

for pat, s, flags in CASES:
    p = re.compile(pat, flags)
    print('pattern', repr(pat), p.flags, p.groups, sorted(p.groupindex.items()))
    print('  search  ', show(p.search(s)))
    print('  match   ', show(p.match(s)))
    print('  full    ', show(p.fullmatch(s)))
    print('  findall ', p.findall(s))
    print('  spans   ', [(m.span(), m.lastindex) for m in p.finditer(s)])
    print('  sub     ', p.subn('<\\g<0>>', s))
    print('  split   ', p.split(s), p.split(s, 1))
    print('  pos     ', show(p.search(s, 1)), show(p.match(s, 2)), show(p.search(s, 1, len(s) - 1)), p.findall(s, 1, 5))
