// str: a JS string (CPython's unicodeobject.c). Lengths and indexes count code points; strings
// without surrogate pairs (the common case) use JS indexes directly.

import { defMethod } from './function';
import { IndexError, pyErr, TypeError, ValueError } from './exceptions';
import { strType, typeName, type PyObject } from './type';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { None } from './none';
import { PySlice } from './slice';
import { asIndex, getItem, itemIndex, iterToArray, sliceIndices, userSpecial } from '../ops';
import { format } from '../formatting';
import { getAttr } from '../attributes';
import { str as pyStr, repr as pyRepr } from '../repr';
import { KeyError, LookupError, PyException } from './exceptions';
import { PyStaticMethod, PyBuiltin } from './function';
import { PyDict } from './dict';

const SURROGATE = /[\ud800-\udfff]/;

export function strLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function strGetItem(s: string, k: PyObject): string {
  const wide = SURROGATE.test(s);
  const chars = wide ? [...s] : null;
  const n = chars ? chars.length : s.length;
  if (k instanceof PySlice) {
    const [start, , step, length] = sliceIndices(k, n);
    if (step === 1 && !chars) return s.slice(start, start + length);
    let out = '';
    for (let i = 0, j = start; i < length; i++, j += step) out += chars ? chars[j] : s[j];
    return out;
  }
  if (typeof k !== 'number' && typeof k !== 'boolean' && typeof k !== 'bigint' && userSpecial(k, '__index__') === undefined) {
    throw pyErr(TypeError, `string indices must be integers, not '${typeName(k)}'`);
  }
  let i = itemIndex(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw pyErr(IndexError, 'string index out of range');
  return chars ? chars[i] : s[i];
}

function self(args: PyObject[], name: string): string {
  const s = args[0];
  if (typeof s !== 'string') throw pyErr(TypeError, `descriptor '${name}' requires a 'str' object but received a '${typeName(s)}'`);
  return s;
}

function argStr(v: PyObject | undefined, what = 'str'): string | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v !== 'string') throw pyErr(TypeError, `must be ${what} or None, not ${typeName(v)}`);
  return v;
}

function nargs(args: PyObject[], name: string, min: number, max: number): void {
  const n = args.length - 1;
  if (n < min) throw pyErr(TypeError, `${name}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) throw pyErr(TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function stripChars(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars ?? WS;
  let a = 0, b = s.length;
  if (left) while (a < b && set.includes(s[a])) a++;
  if (right) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.includes(s[i])) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      let end = n;
      while (end > i && WS.includes(s[end - 1])) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !WS.includes(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function toList(xs: string[]): PyList {
  return new PyList(xs);
}

function sliceBounds(s: string, args: PyObject[], from: number): [number, number] {
  const n = s.length;
  let start = args[from] === undefined || args[from] === None ? 0 : asIndex(args[from]);
  let end = args[from + 1] === undefined || args[from + 1] === None ? n : asIndex(args[from + 1]);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  return [Math.min(start, n), Math.min(end, n)];
}

function find(s: string, args: PyObject[], rev: boolean): number {
  const sub = args[1];
  if (typeof sub !== 'string') throw pyErr(TypeError, `must be str, not ${typeName(sub)}`);
  const [start, end] = sliceBounds(s, args, 2);
  if (end - start < sub.length) return -1;
  const hay = s.slice(start, end);
  const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return i < 0 ? -1 : i + start;
}

defMethod(strType, 'split', (args, kw) => {
  const s = self(args, 'split');
  const sep = argStr(args[1] ?? kw?.get('sep'));
  const maxv = args[2] ?? kw?.get('maxsplit');
  const max = maxv === undefined ? -1 : asIndex(maxv);
  if (sep === undefined) return toList(splitWhitespace(s, max));
  if (sep === '') throw pyErr(ValueError, 'empty separator');
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return toList([...parts.slice(0, max), parts.slice(max).join(sep)]);
  return toList(parts);
}, ['clinic', 0, 2]);
defMethod(strType, 'rsplit', (args, kw) => {
  const s = self(args, 'rsplit');
  const sep = argStr(args[1] ?? kw?.get('sep'));
  const maxv = args[2] ?? kw?.get('maxsplit');
  const max = maxv === undefined ? -1 : asIndex(maxv);
  if (sep === undefined) {
    if (max < 0) return toList(splitWhitespace(s, -1));
    const rev = splitWhitespace([...s].reverse().join(''), max).map((p) => [...p].reverse().join(''));
    return toList(rev.reverse());
  }
  if (sep === '') throw pyErr(ValueError, 'empty separator');
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) {
    const k = parts.length - max;
    return toList([parts.slice(0, k).join(sep), ...parts.slice(k)]);
  }
  return toList(parts);
}, ['clinic', 0, 2]);
defMethod(strType, 'splitlines', (args, kw) => {
  const s = self(args, 'splitlines');
  const keep = !!(args[1] ?? kw?.get('keepends'));
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return toList(out);
}, ['clinic', 0, 1]);
defMethod(strType, 'join', (args) => {
  const s = self(args, 'join');
  nargs(args, 'join', 1, 1);
  const items = iterToArray(args[1]);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') throw pyErr(TypeError, `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
  }
  return (items as string[]).join(s);
}, ['o']);
defMethod(strType, 'strip', (args) => stripChars(self(args, 'strip'), argStr(args[1]), true, true), ['var', 0, 1]);
defMethod(strType, 'lstrip', (args) => stripChars(self(args, 'lstrip'), argStr(args[1]), true, false), ['var', 0, 1]);
defMethod(strType, 'rstrip', (args) => stripChars(self(args, 'rstrip'), argStr(args[1]), false, true), ['var', 0, 1]);
defMethod(strType, 'replace', (args) => {
  const s = self(args, 'replace');
  nargs(args, 'replace', 2, 3);
  const [old, neu] = [args[1], args[2]];
  if (typeof old !== 'string') throw pyErr(TypeError, `replace() argument 1 must be str, not ${typeName(old)}`);
  if (typeof neu !== 'string') throw pyErr(TypeError, `replace() argument 2 must be str, not ${typeName(neu)}`);
  let count = args[3] === undefined ? -1 : asIndex(args[3]);
  if (count < 0) return s.split(old).join(neu);
  const parts = s.split(old);
  if (old === '') {
    let out = '';
    const chars = [...s];
    for (let i = 0; i < chars.length; i++) out += (count-- > 0 ? neu : '') + chars[i];
    return out + (count > 0 ? neu : '');
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) out += (i <= count ? neu : old) + parts[i];
  return out;
}, ['var', 2, 3]);
defMethod(strType, 'find', (args) => find(self(args, 'find'), args, false), ['clinic', 1, 3]);
defMethod(strType, 'rfind', (args) => find(self(args, 'rfind'), args, true), ['clinic', 1, 3]);
defMethod(strType, 'index', (args) => {
  const i = find(self(args, 'index'), args, false);
  if (i < 0) throw pyErr(ValueError, 'substring not found');
  return i;
}, ['clinic', 1, 3]);
defMethod(strType, 'rindex', (args) => {
  const i = find(self(args, 'rindex'), args, true);
  if (i < 0) throw pyErr(ValueError, 'substring not found');
  return i;
}, ['clinic', 1, 3]);
defMethod(strType, 'count', (args) => {
  const s = self(args, 'count');
  const sub = args[1];
  if (typeof sub !== 'string') throw pyErr(TypeError, `must be str, not ${typeName(sub)}`);
  const [start, end] = sliceBounds(s, args, 2);
  const hay = s.slice(start, end);
  if (sub === '') return strLen(hay) + 1;
  return hay.split(sub).length - 1;
}, ['clinic', 1, 3]);
defMethod(strType, 'upper', (args) => self(args, 'upper').toUpperCase(), ['noargs']);
defMethod(strType, 'lower', (args) => self(args, 'lower').toLowerCase(), ['noargs']);
defMethod(strType, 'casefold', (args) => self(args, 'casefold').toLowerCase(), ['noargs']);
defMethod(strType, 'swapcase', (args) => [...self(args, 'swapcase')].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''), ['noargs']);
defMethod(strType, 'capitalize', (args) => {
  const s = self(args, 'capitalize');
  return s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s;
}, ['noargs']);
defMethod(strType, 'title', (args) => self(args, 'title').toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()), ['noargs']);
function prefixCheck(name: string, ends: boolean) {
  defMethod(strType, name, (args) => {
    const s = self(args, name);
    const p = args[1];
    const [start, end] = sliceBounds(s, args, 2);
    const hay = s.slice(start, end);
    const test = (x: PyObject): boolean => {
      if (typeof x !== 'string') {
        throw pyErr(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
      }
      return ends ? hay.endsWith(x) : hay.startsWith(x);
    };
    if (p instanceof PyTuple) return p.items.some(test);
    return test(p);
  }, ['clinic', 1, 3]);
}
prefixCheck('startswith', false);
prefixCheck('endswith', true);
// Each pattern is built on first use: a Unicode property class (\p{L}...) costs V8 an ICU set
// lookup when the RegExp is created, and most programs never call these.
function predicate(name: string, pattern: () => RegExp, emptyOk = false) {
  let re: RegExp | null = null;
  defMethod(strType, name, (args) => {
    const s = self(args, name);
    return (s.length > 0 || emptyOk) && (re ??= pattern()).test(s);
  }, ['noargs']);
}
predicate('isdigit', () => /^[0-9\u0660-\u0669\u00b2\u00b3\u00b9]+$/u);
predicate('isdecimal', () => /^[0-9]+$/u);
predicate('isnumeric', () => /^[\p{N}]+$/u);
predicate('isalpha', () => /^\p{L}+$/u);
predicate('isalnum', () => /^[\p{L}\p{N}]+$/u);
predicate('isspace', () => /^[ \t\n\r\x0b\x0c\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u);
predicate('isidentifier', () => /^[\p{L}_][\p{L}\p{N}_]*$/u);
predicate('isascii', () => /^[\x00-\x7f]*$/, true);
defMethod(strType, 'isupper', (args) => {
  const s = self(args, 'isupper');
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}, ['noargs']);
defMethod(strType, 'islower', (args) => {
  const s = self(args, 'islower');
  return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s);
}, ['noargs']);
function padder(name: string, how: 'l' | 'r' | 'c') {
  defMethod(strType, name, (args) => {
    const s = self(args, name);
    const w = asIndex(args[1]);
    const fill = args[2] === undefined ? ' ' : args[2];
    if (typeof fill !== 'string' || strLen(fill) !== 1) throw pyErr(TypeError, 'The fill character must be exactly one character long');
    const n = strLen(s);
    if (w <= n) return s;
    const total = w - n;
    if (how === 'l') return s + fill.repeat(total);
    if (how === 'r') return fill.repeat(total) + s;
    const left = Math.floor(total / 2) + (total & w & 1);
    return fill.repeat(left) + s + fill.repeat(total - left);
  }, ['var', 1, 2]);
}
padder('ljust', 'l');
padder('rjust', 'r');
padder('center', 'c');
defMethod(strType, 'zfill', (args) => {
  const s = self(args, 'zfill');
  const w = asIndex(args[1]);
  if (s.length >= w) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
}, ['o']);
function partition(name: string, rev: boolean) {
  defMethod(strType, name, (args) => {
    const s = self(args, name);
    const sep = args[1];
    if (typeof sep !== 'string') throw pyErr(TypeError, `must be str, not ${typeName(sep)}`);
    if (sep === '') throw pyErr(ValueError, 'empty separator');
    const i = rev ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) return new PyTuple(rev ? ['', '', s] : [s, '', '']);
    return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  }, ['o']);
}
partition('partition', false);
partition('rpartition', true);
defMethod(strType, 'removeprefix', (args) => {
  const s = self(args, 'removeprefix');
  const p = args[1] as string;
  return p && s.startsWith(p) ? s.slice(p.length) : s;
}, ['o']);
defMethod(strType, 'removesuffix', (args) => {
  const s = self(args, 'removesuffix');
  const p = args[1] as string;
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
}, ['o']);
defMethod(strType, 'expandtabs', (args) => {
  const s = self(args, 'expandtabs');
  const size = args[1] === undefined ? 8 : asIndex(args[1]);
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      const n = size > 0 ? size - (col % size) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}, ['clinic', 0, 1]);
defMethod(strType, 'format', (args, kw) => strFormat(self(args, 'format'), args.slice(1), kw));
defMethod(strType, 'format_map', (args) => {
  const m = args[1];
  const kw = new Map<string, PyObject>();
  for (const k of iterToArray(m)) kw.set(k as string, getItem(m, k));
  return strFormat(self(args, 'format_map'), [], kw);
}, ['o']);
strType.dict.set('maketrans', new PyStaticMethod(new PyBuiltin('maketrans', (args) => {
  const table = new PyDict();
  if (args.length === 0 || args.length > 3) throw pyErr(TypeError, `maketrans() takes at most 3 arguments (${args.length} given)`);
  if (args.length === 1) {
    if (!(args[0] instanceof PyDict)) throw pyErr(TypeError, 'if you give only one argument to maketrans it must be a dict');
    const src = args[0];
    for (const [k, v] of src.map) table.set(typeof k === 'string' ? k.codePointAt(0)! : (k as number), v);
    return table;
  }
  if (typeof args[0] !== 'string' || typeof args[1] !== 'string' || (args.length > 2 && typeof args[2] !== 'string')) {
    throw pyErr(TypeError, 'maketrans() arguments must be strings');
  }
  const [x, y] = [args[0], args[1]];
  if ([...x].length !== [...y].length) throw pyErr(ValueError, 'the first two maketrans arguments must have equal length');
  const xs = [...x], ys = [...y];
  xs.forEach((c, i) => table.set(c.codePointAt(0)!, ys[i].codePointAt(0)!));
  if (args.length > 2) for (const c of args[2] as string) table.set(c.codePointAt(0)!, None);
  return table;
}, undefined, 'str.maketrans')));
defMethod(strType, 'translate', (args) => {
  const s = self(args, 'translate');
  const table = args[1];
  let out = '';
  for (const c of s) {
    let r: PyObject | undefined;
    try {
      r = getItem(table, c.codePointAt(0)!);
    } catch (e) {
      if (e instanceof PyException && e.exc.cls.isSubtypeOf(LookupError)) r = undefined;
      else throw e;
    }
    if (r === undefined) out += c;
    else if (r === None) continue;
    else if (typeof r === 'number') {
      if (r < 0 || r > 0x10ffff) throw pyErr(ValueError, 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
    }
    else out += r as string;
  }
  return out;
}, ['o']);
defMethod(strType, '__len__', (args) => strLen(self(args, '__len__')));
defMethod(strType, '__contains__', (args) => self(args, '__contains__').includes(args[1] as string));
defMethod(strType, '__getitem__', (args) => strGetItem(self(args, '__getitem__'), args[1]));
defMethod(strType, '__str__', (args) => self(args, '__str__'));
defMethod(strType, '__repr__', (args) => pyRepr(self(args, '__repr__')));
defMethod(strType, '__format__', (args) => format(self(args, '__format__'), args[1] as string));

/** str.format (PEP 3101): {} {0} {name} {0.attr} {0[key]} with !r/!s/!a and nested specs. */
export function strFormat(fmt: string, args: PyObject[], kw: Map<string, PyObject> | null): string {
  let auto = 0;
  let manual = false;
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= n) throw pyErr(ValueError, "Single '{' encountered in format string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/s.exec(field)!;
      let [, name, conv, spec] = m;
      spec = spec ?? '';
      if (spec.includes('{')) spec = strFormat(spec, args, kw);
      const mm = /^([^.[]*)(.*)$/s.exec(name)!;
      let first = mm[1];
      let v: PyObject;
      if (first === '') {
        if (manual) throw pyErr(ValueError, 'cannot switch from manual field specification to automatic field numbering');
        first = String(auto++);
        if (Number(first) >= args.length) throw pyErr(IndexError, `Replacement index ${first} out of range for positional args tuple`);
        v = args[Number(first)];
      } else if (/^\d+$/.test(first)) {
        if (auto > 0) throw pyErr(ValueError, 'cannot switch from automatic field numbering to manual field specification');
        manual = true;
        if (Number(first) >= args.length) throw pyErr(IndexError, `Replacement index ${first} out of range for positional args tuple`);
        v = args[Number(first)];
      } else {
        const kv = kw?.get(first);
        if (kv === undefined) throw pyErr(KeyError, first);
        v = kv;
      }
      let rest = mm[2];
      while (rest) {
        const a = /^\.([^.[]+)/.exec(rest);
        if (a) {
          v = getAttr(v, a[1]);
          rest = rest.slice(a[0].length);
          continue;
        }
        const b = /^\[([^\]]+)\]/.exec(rest);
        if (b) {
          v = getItem(v, /^\d+$/.test(b[1]) ? Number(b[1]) : b[1]);
          rest = rest.slice(b[0].length);
          continue;
        }
        throw pyErr(ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
      if (conv === 's') v = pyStr(v);
      else if (conv === 'r') v = pyRepr(v);
      else if (conv === 'a') v = pyRepr(v);
      else if (conv !== undefined) throw pyErr(ValueError, `Unknown conversion specifier ${conv}`);
      out += format(v, spec);
    } else if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw pyErr(ValueError, "Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
