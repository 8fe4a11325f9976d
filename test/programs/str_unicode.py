s = 'naïve café – 日本語'
print(s, len(s), s.upper(), s[6:10], s[::-1][:3])
print([ord(c) for c in 'é日'], chr(233) + chr(26085), 'ß'.upper(), 'İ'.lower() == 'i̇')
print('日本' in s, s.find('日'), s.encode('utf-8')[:8], len(s.encode()))
print(repr('tab\t\nnew'), repr('\x00\x7f'), repr('é'), ascii('é日'), repr("'"), repr('"\''))
