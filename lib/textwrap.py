"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the TextWrapper class.

tspy's own implementation of CPython 3.11's textwrap module. CPython splits text into chunks
with a regular expression; here a hand-written scanner finds the same chunks (whitespace runs,
words, hyphenated word parts, em-dashes), so textwrap needs no re and lays text out exactly as
CPython does.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)


def _is_word(c):
    """\\w: letters, digits and underscore."""
    return c.isalnum() or c == '_'


def _is_letter(c):
    """[^\\d\\W]: a word character that is not a digit."""
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run_before_word(text, j, n):
    """Does text[j:] start with two or more '-' followed by a word character?"""
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _split_hyphenated(text):
    """Chunks as CPython's TextWrapper.wordsep_re splits them (break_on_hyphens=True)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_before_word(text, i, n):
            # An em-dash between words: the whole run of dashes.
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends at a breakable hyphen, before
        # whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j >= n or text[j] in _WS:
                break
            if text[j] == '-' and j + 1 < n:
                behind = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or (
                    j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
                if behind and _is_letter(text[j + 1]) and j + 2 < n and (
                        _is_letter(text[j + 2]) or (text[j + 2] == '-' and j + 3 < n and _is_letter(text[j + 3]))):
                    j += 1
                    break
            if _is_word_punct(text[j - 1]) and text[j] == '-' and _dash_run_before_word(text, j, n):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Chunks split only at whitespace (break_on_hyphens=False)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        in_ws = text[i] in _WS
        while j < n and (text[j] in _WS) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """[a-z][.!?]["']? at the end of the chunk."""
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text; the keyword arguments of wrap() and fill() are its attributes."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after a hyphen that fits, unless only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        todo = chunks[::-1]  # taken from the end
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                del todo[-1]
            line = []
            size = 0
            while todo:
                n = len(todo[-1])
                if size + n > width:
                    break
                line.append(todo.pop())
                size += n
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, size, width)
                size = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                del line[-1]
            if not line:
                continue
            last_allowed = (self.max_lines is None or len(lines) + 1 < self.max_lines
                            or (not todo or self.drop_whitespace and len(todo) == 1 and not todo[0].strip())
                            and size <= width)
            if last_allowed:
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                size -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The text as a list of lines of at most self.width characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph into a single string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then truncate to width, ending with the placeholder if anything was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _indent_of(line):
    """The leading spaces and tabs of a line with other content, or None for a blank line."""
    k = 0
    n = len(line)
    while k < n and line[k] in ' \t':
        k += 1
    if k == n:
        return None
    return line[:k]


def dedent(text):
    """Remove the whitespace common to the start of every non-blank line.

    Lines of only spaces and tabs become empty; tabs and spaces are not equal to each other.
    """
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        ind = _indent_of(line)
        if ind is None:
            lines[idx] = ''  # CPython empties lines of only spaces and tabs
            continue
        if margin is None or ind.startswith(margin):
            if margin is None:
                margin = ind
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [line[m:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (default: not blank)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
