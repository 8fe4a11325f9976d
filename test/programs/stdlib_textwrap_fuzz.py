# Random texts from a fixed LCG, wrapped with random options: the chunking must match CPython's regex exactly.
from textwrap import wrap, dedent, shorten
pieces = ['a', 'bb', 'word', 'hy-phen', 'x-y-z', '--', '---', '-', ' ', '  ', '\t', '\n', '.', '!', '?', '"', "'", 'Ab.', 'ok.', '1', '12-34', '_', 'é', 'long' * 6, 'a-', '-b', ',', '&', 'self-', '--w', 'w--', 'ab--cd', 'q?--r']
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
count = 0
for trial in range(400):
    text = ''.join(pieces[rnd(len(pieces))] for _ in range(rnd(25)))
    width = 1 + rnd(30)
    kw = {}
    if rnd(3) == 0: kw['break_on_hyphens'] = False
    if rnd(3) == 0: kw['break_long_words'] = False
    if rnd(4) == 0: kw['fix_sentence_endings'] = True
    if rnd(4) == 0: kw['drop_whitespace'] = False
    if rnd(5) == 0: kw['max_lines'] = 1 + rnd(3)
    if rnd(5) == 0 and width > 4: kw['subsequent_indent'] = ' ' * rnd(4)
    try:
        r = wrap(text, width, **kw)
    except ValueError as e:
        r = str(e)
    print(trial, r)
    lines = ''.join(pieces[rnd(len(pieces))] if rnd(2) else ' ' * rnd(4) + '\t' * rnd(2) for _ in range(rnd(10)))
    print(repr(dedent(lines)))
