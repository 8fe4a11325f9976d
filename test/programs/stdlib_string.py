import string
from string import Template, Formatter
print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.printable))
print(string.capwords('  hello   world  '), string.capwords('a-b c-d', '-'), repr(string.capwords('')), string.capwords("they're bill's friends"))
for t, m in [('$1', {}), ('ab\ncd ${', {}), ('$', {}), ('x ${a b}', {}), ('$$a $a ${a}b', {'a': 1}), ('${a', {'a': 1}), ('$a$b', {'a': 1}), ('$a_1 $a1b ${A}', {'a_1': 'x', 'a1b': 'y', 'A': 'z'}), ('line1\nline2 $9 more', {}), ('$$', {}), ('${}', {})]:
    try: print(repr(Template(t).substitute(m)))
    except Exception as e: print(type(e).__name__, e)
    print(repr(Template(t).safe_substitute(m)), Template(t).is_valid(), Template(t).get_identifiers())
print(Template('$who likes $what').substitute({'who': 'tim'}, what='kung pao', who='x'))
print(Template('$who likes $what').safe_substitute(who='tim'))
print(Template('$x and $y').substitute(dict(x=1, y=[2]), y='kw'))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template('a').template)
class P(Template):
    delimiter = '%'
print(P('%x %% $y %{x}').substitute(x=1), P('100%').safe_substitute())
try: P('100%').substitute()
except ValueError as e: print(e)
class D(Template):
    delimiter = '#'
print(D('#a##b').substitute(a='A'))
try: Template('$a').substitute()
except KeyError as e: print(repr(e))
try: Template('${missing}').substitute({})
except KeyError as e: print(repr(e))
f = Formatter()
print(list(f.parse('a{0}b{x!r:>{w}}c{{d}}')))
print(list(f.parse('plain')), list(f.parse('')), list(f.parse('{}{}')), list(f.parse('{0[a]:x} {b.c!s}')))
print(f.format('{0}-{name}-{0:>4}', 1, name='n'), f.vformat('{} {}', (1, 2), {}), f.format('{:{}}', 'x', 5) + '|')
for s in ['{', '}', '{0', 'x}y', '{0!x}', '{0!rr}']:
    try: print(list(f.parse(s)))
    except Exception as e: print(type(e).__name__, e)
try: f.format('{} {0}', 1, 2)
except Exception as e: print(type(e).__name__, e)
try: f.format('{0} {}', 1, 2)
except Exception as e: print(type(e).__name__, e)
try: f.format('{0:{1:{2}}}', 1, 2, 3)
except Exception as e: print(type(e).__name__, e)
try: f.format('{0!x}', 1)
except Exception as e: print(type(e).__name__, e)
print(f.format('{0[1]} {0[0]:.2f} {a[k]} {a[k]!r:>5}', [5.5, 6], a={'k': 'v'}))
print(f.get_field('0.real', (1,), {}), f.convert_field('x', 'r'), f.format_field(3.14159, '.2f'))
class Upper(Formatter):
    def format_field(self, value, spec): return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {x} {missing}', 'abc', x='def'))

# Template subclasses with their own patterns go through re
import re
class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9.]*'
print(Dotted('$user.name is $age').substitute({'user.name': 'ann', 'age': 3}))
class Brace(Template):
    braceidpattern = r'[^}]+'
print(Brace('${a b} and $c').substitute({'a b': 1, 'c': 2}))
class Custom(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
print(Custom('#x ## #{y}').substitute(x=1, y=2))
try: Custom('#1').substitute()
except ValueError as e: print(e)
class Flags(Template):
    flags = 0
    idpattern = r'[A-Z]+'
print(Flags('$ABC $abc').safe_substitute(ABC=1, abc=2))
