s = 'hello, world'
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[2:9:3])
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'lo' in s, 'xyz' not in s)
print("double", 'single', """triple
quoted""", '''also
triple''')
print('esc: \t|\\|\'|\"|\x41|\u00e9|\101')
print(r'raw \n stays')
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'abc' == 'abc')
print(str(42), str(-1.5), str(None), str(True), repr('quote\'s'), repr("it's \"x\""))
print('adjacent' ' strings' " join")
print(s[100:], s[-100:3], ''[0:0])
