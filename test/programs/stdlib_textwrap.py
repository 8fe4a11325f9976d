import textwrap
from textwrap import TextWrapper, wrap, fill, dedent, indent, shorten
texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there,  how are you?  I am fine.\tTabs\there.\nNew line here; and some more words to wrap around nicely.",
    "A well-known self-contained state-of-the-art anti-inflammatory re-entry x-ray e-mail long-term high-quality",
    "Words--with em-dashes--and---triple dashes -- spaced --out and word--, and a--b and 1--2 text.",
    "supercalifragilisticexpialidocious-antidisestablishmentarianism-pneumonoultramicroscopicsilicovolcanoconiosis is long",
    "Mr. Smith went to Washington. He said \"Hi.\" Then left! Did he? Yes. ok. e.g. this.",
    "   leading and trailing spaces   ",
    "",
    "x",
    "one\n\ntwo\n\n\nthree",
    "numbers 123-456-7890 and --flag --long-option=value -x -yz a-1 1-a ab-cd-ef a-b-c-d _a-_b",
    "ünïcödé wörds-with-häkchen and ümläut--dash ending",
    "http://example.com/a-very-long-url-that-goes-on-and-on/and-on-and-on/forever.html end",
    "-leading hyphen and trailing- hyphen and - lone - dashes and --start and end--",
    "a" * 50 + "-" + "b" * 50,
    "tab\tseparated\tvalues\tin\ta\trow\tthat\tis\tlong\tenough\tto\twrap",
]
for w in [1, 5, 10, 12, 20, 33, 40, 70]:
    for t in texts:
        try:
            print(w, wrap(t, w))
        except ValueError as e:
            print(w, 'ValueError', e)
for t in texts:
    print(wrap(t, 15, break_on_hyphens=False))
    print(wrap(t, 15, break_long_words=False))
    print(wrap(t, 18, break_long_words=False, break_on_hyphens=False))
    print(wrap(t, 25, initial_indent='* ', subsequent_indent='    '))
    print(wrap(t, 30, fix_sentence_endings=True))
    print(wrap(t, 30, drop_whitespace=False))
    print(wrap(t, 20, replace_whitespace=False, expand_tabs=False))
    print(wrap(t, 22, tabsize=4))
    print(wrap(t, 20, max_lines=2), wrap(t, 20, max_lines=3, placeholder='...'))
    print(repr(fill(t, 25)))
    print(repr(shorten(t, 30)), repr(shorten(t, 12)), repr(shorten(t, 50, placeholder=' (more)')))
for bad in [lambda: wrap('abc', 0), lambda: wrap('abc', -1), lambda: shorten('hello world', 3), lambda: wrap('a b c', 5, max_lines=1, initial_indent='xxxx')]:
    try: print(bad())
    except ValueError as e: print('ValueError', e)
d1 = '''\
    def f():
        return 1
    
      x
'''
print(repr(dedent(d1)))
print(repr(dedent("  a\n\tb\n")), repr(dedent("\ta\n\t\tb\n  \n")), repr(dedent("  a\n  b\n   \n  c")), repr(dedent("no indent\n  x")), repr(dedent("")), repr(dedent("   \n   ")))
print(repr(dedent("  \t a\n  \t b\n  \t")), repr(dedent(" a\r\n b\r\n")))
print(repr(indent("a\nb\n\nc", '> ')), repr(indent("a\n  \nb", '+', lambda l: True)), repr(indent("x\r\ny", '# ')))
tw = TextWrapper(width=20, initial_indent='>>', subsequent_indent='..')
print(tw.wrap(texts[0][:100]), tw.fill('short'), tw.width, tw.placeholder, tw.max_lines)
tw.width = 10; print(tw.wrap('change the width after making it'))
