s = 'Hello'
t = ''
for ch in s:
    t = ch + t
print(t, s * 0, s + '' == s, s[1] * 3)
print(len(''), 'lo' in 'Hello', '' in 'abc', 'h' in 'Hello')
print('a' + str(1) + str(2.5) + str([1, 2]))
print(s.upper(), s.lower(), '  x  '.strip(), 'a,b,c'.split(','), '-'.join(['a', 'b']))
print(s.startswith('He'), s.endswith('lo'), s.find('l'), s.replace('l', 'L'))
