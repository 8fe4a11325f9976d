# str constants with lone surrogates survive the .pyc cache (stored with surrogatepass, as CPython's marshal).
# (A high surrogate followed by a low one is one astral character in tspy's UTF-16 strings: not tested.)
s = 'a\ud800b'
t = '\udc80\udcff'
print(ascii(s), len(s), ascii(t), len(t), ascii(s + t))
print(t.encode('utf-8', 'surrogateescape'), s.encode('utf-8', 'surrogatepass'))
def f():
    return '\udfff', ('x\udbffy', '\udc00\ud800')
print(ascii(f()), len(f()[1][1]))
