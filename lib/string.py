"""Common string constants, capwords, $-substitution with Template, and the Formatter class.

tspy's own implementation of CPython 3.11's string module (same names, behaviour and messages).
Template scans its default $-syntax by hand, so importing string never loads re; a subclass
that overrides idpattern, braceidpattern, flags or pattern gets a regular expression instead.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a single space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = frozenset('_' + ascii_letters)
_ID_REST = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""
    __slots__ = ('kind', 'name', 'start', 'end', 'invalid_at')

    def __init__(self, kind, name, start, end, invalid_at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.invalid_at = invalid_at


def _scan(template, delim):
    """The placeholders of the default Template syntax, left to right."""
    out = []
    n = len(template)
    dl = len(delim)
    i = template.find(delim)
    while i >= 0:
        j = i + dl
        if template.startswith(delim, j):
            out.append(_Placeholder('escaped', None, i, j + dl, -1))
            i = template.find(delim, j + dl)
            continue
        if j < n and template[j] in _ID_START:
            k = j + 1
            while k < n and template[k] in _ID_REST:
                k += 1
            out.append(_Placeholder('named', template[j:k], i, k, -1))
            i = template.find(delim, k)
            continue
        if j < n and template[j] == '{' and j + 1 < n and template[j + 1] in _ID_START:
            k = j + 2
            while k < n and template[k] in _ID_REST:
                k += 1
            if k < n and template[k] == '}':
                out.append(_Placeholder('braced', template[j + 1:k], i, k + 1, -1))
                i = template.find(delim, k + 1)
                continue
        out.append(_Placeholder('invalid', None, i, j, j))
        i = template.find(delim, j) if dl else -1
    return out


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE, resolved when a regular expression is needed

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        cls = type(self)
        if (cls.idpattern == Template.idpattern and cls.braceidpattern is None
                and cls.flags is None and 'pattern' not in _class_attrs(cls)):
            return _scan(self.template, cls.delimiter)
        return _regex_scan(cls, self.template)

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._fill(mapping, kws, True)

    def _fill(self, mapping, kws, safe):
        """substitute (safe false) or safe_substitute (safe true: keep unknown and invalid placeholders)."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Layered(kws, mapping)
        template = self.template
        parts = []
        pos = 0
        for ph in self._placeholders():
            parts.append(template[pos:ph.start])
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                if not safe:
                    self._invalid(ph.invalid_at)
                parts.append(template[ph.start:ph.end])
            elif safe:
                try:
                    parts.append(str(mapping[ph.name]))
                except KeyError:
                    parts.append(template[ph.start:ph.end])
            else:
                parts.append(str(mapping[ph.name]))
            pos = ph.end
        parts.append(template[pos:])
        return ''.join(parts)

    def is_valid(self):
        for ph in self._placeholders():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._placeholders():
            if ph.kind in ('named', 'braced') and ph.name not in ids:
                ids.append(ph.name)
        return ids


def _class_attrs(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is Template:
            break
        names.update(vars(klass))
    return names


def _regex_scan(cls, template):
    """Placeholders found with a subclass's own pattern (CPython's Template.__init_subclass__ rules)."""
    import re
    pattern = getattr(cls, 'pattern', None)
    if pattern is None or 'pattern' not in _class_attrs(cls):
        delim = re.escape(cls.delimiter)
        ident = cls.idpattern
        bid = cls.braceidpattern or ident
        pattern = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                   f'{{(?P<braced>{bid})}}|(?P<invalid>))')
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        pattern = re.compile(pattern, flags | re.VERBOSE)
    elif isinstance(pattern, str):
        pattern = re.compile(pattern, re.VERBOSE)
    out = []
    for mo in pattern.finditer(template):
        if mo.group('escaped') is not None:
            out.append(_Placeholder('escaped', None, mo.start(), mo.end(), -1))
        elif mo.group('named') is not None:
            out.append(_Placeholder('named', mo.group('named'), mo.start(), mo.end(), -1))
        elif mo.group('braced') is not None:
            out.append(_Placeholder('braced', mo.group('braced'), mo.start(), mo.end(), -1))
        elif mo.group('invalid') is not None:
            out.append(_Placeholder('invalid', None, mo.start(), mo.end(), mo.start('invalid')))
        else:
            raise ValueError('Unrecognized named group in pattern', pattern)
    return out


class _Layered:
    """Keyword arguments in front of a mapping (what ChainMap(kws, mapping) gives CPython)."""
    __slots__ = ('front', 'back')

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


# ---------------------------------------------------------------- Formatter

def _parse_format(s):
    """(literal, field_name, format_spec, conversion) tuples, as str.format splits a format string."""
    out = []
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            k = 0
            m = len(field)
            while k < m:
                ch = field[k]
                if ch == '[':
                    while k < m and field[k] != ']':
                        k += 1
                    k += 1
                    continue
                if ch == ':' or ch == '!':
                    break
                if ch == '{':
                    raise ValueError("unexpected '{' in field name")
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            if k < m and field[k] == '!':
                if k + 1 >= m:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = field[k + 1]
                if k + 2 < m:
                    if field[k + 2] != ':':
                        raise ValueError("expected ':' after conversion specifier")
                    spec = field[k + 3:]
            elif k < m:
                spec = field[k + 1:]
            out.append((''.join(lit), name, spec, conversion))
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return out


def _split_field_name(name):
    """The first part of a field name (an int if all digits) and the (is_attr, key) steps after it."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
