# bytes.decode / str.encode with encodings and error handlers, CPython's Unicode*Error messages
samples = [b'abc', b'\xff', b'a\xffb', b'\xe2\x82', b'abc\xe2', b'\xe2\x28\xa1', b'\xed\xa0\x80x', b'\xf0\x80\x80',
           b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\xef\xbb\xbfbom', b'caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80', b'\x80\x81']
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        out = []
        for b in samples:
            try:
                out.append(ascii(b.decode(enc, errors)))
            except UnicodeDecodeError as e:
                out.append('E:' + str(e))
        print(enc, errors, ' | '.join(out))

texts = ['abc', 'caf\xe9', '\u20ac5', 'x\U0001f600y', 'a\ud800b', '\udc80\udcff', 'ab\xe9\xe8cd', '\udcff-']
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']:
        out = []
        for s in texts:
            try:
                out.append(repr(s.encode(enc, errors)))
            except UnicodeEncodeError as e:
                out.append('E:' + str(e))
            except UnicodeDecodeError as e:
                out.append('D:' + str(e))
        print(enc, errors, ' | '.join(out))

print(b'\xc3\xa9'.decode(), 'é'.encode(), b'hi'.decode(encoding='ascii'), 'hi'.encode(errors='strict'))
for name in ['UTF8', 'utf_8', 'U8', 'Latin-1', 'iso-8859-1', 'ISO8859-1', 'l1', 'us-ascii', 'ASCII', '646', 'cp819', ' utf-8 ']:
    try:
        print(name, 'é'.encode(name, 'replace'), b'\xe9'.decode(name, 'replace'))
    except LookupError as e:
        print(name, 'LookupError', e)
for call in [lambda: 'x'.encode('xyz'), lambda: b'x'.decode('nope-codec'), lambda: b'\xff'.decode('ascii', 'bogus'),
             lambda: 'é'.encode('ascii', 'bogus'), lambda: 'x'.encode(5), lambda: b'x'.decode('utf-8', 5)]:
    try:
        print(call())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print('abc'.encode('ascii', 'bogus'), b'abc'.decode('ascii', 'bogus'))

try:
    b'ab\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(repr(e))
try:
    'ab\u20ac\u20acc'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
    print(ascii(repr(e)))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
e = UnicodeDecodeError('utf-8', b'\x00\xff', 1, 2, 'made up')
print(e, '|', UnicodeDecodeError('ascii', b'abcd', 1, 3, 'two'))
e.start = 0
print(e)
print(UnicodeEncodeError('ascii', '\u1234\U00012345x', 1, 2, 'r'), '|', UnicodeEncodeError('ascii', 'ab\xff', 2, 3, 'r'))
try:
    UnicodeDecodeError('x')
except TypeError as e:
    print(e)
print(bytearray(b'caf\xc3\xa9').decode(), str(b'\xff', 'latin-1'), str(b'ab\xff', 'utf-8', 'replace'), str(b'x', encoding='ascii'))
b'\xff'.decode()
