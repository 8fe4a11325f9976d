// A generator of ordinary Python code (functions, loops, arithmetic, calls, dicts, classes) for
// the grammar's speed measurements: `npx vite-node test/grammar/speed.ts [lines]`.

/** About `lines` lines of plain, valid Python 3.11. */
export function ordinaryCode(lines: number): string {
  const out: string[] = [];
  for (let i = 1; out.length < lines; i++) {
    out.push(
      `def func_${i}(a, b, c=None, *args, **kwargs):`,
      `    """Docstring for func_${i}."""`,
      `    total = 0`,
      `    data = {'key': a, 'value': b, 'count': ${i}}`,
      `    for x in range(a, b):`,
      `        if x % 2 == 0 and x > ${i}:`,
      `            total += x * 2 + data['count']`,
      `        elif x < 0 or not c:`,
      `            total -= abs(x) // 3`,
      `        else:`,
      `            items = [y ** 2 for y in args if y is not None]`,
      `            total = max(total, sum(items), key=lambda v: -v)`,
      `    while total > 1000:`,
      `        total = total / 2 - 1`,
      `    result = func_helper(total, name="f${i}", flag=True)[0]`,
      `    print(f"value {total} of ${i}", result.attr.other)`,
      `    return total, result`,
      ``,
      `class Thing${i}(Base):`,
      `    def __init__(self, x):`,
      `        self.x = x`,
      `        self.items = []`,
      ``,
      `value_${i} = func_${i}(1, 2, c=3)`,
      ``,
    );
  }
  return out.slice(0, lines).join('\n') + '\n';
}
