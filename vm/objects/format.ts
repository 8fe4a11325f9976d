// The format-spec mini-language for int, float and str (CPython's formatter_unicode.c).

import { OverflowError, pyErr, ValueError, TypeError } from './exceptions';
import { PyFloat, floatRepr } from './float';
import { typeName, type PyObject } from './type';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([_,])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) throw pyErr(ValueError, 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? '',
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function align(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const a = s.align || defaultAlign;
  const len = [...body].length + sign.length;
  const padN = Math.max(0, s.width - len);
  const pad = s.fill.repeat(padN);
  switch (a) {
    case '<': return sign + body + pad;
    case '>': return pad + sign + body;
    case '^': {
      const l = Math.floor(padN / 2);
      return s.fill.repeat(l) + sign + body + s.fill.repeat(padN - l);
    }
    default: return sign + pad + body; // '='
  }
}

/** format(v, spec) for int, bool, float and str. */
export function formatSpec(v: PyObject, spec: string): string {
  const s = parseSpec(spec);
  if (typeof v === 'string') {
    if (s.type && s.type !== 's') throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign === ' ') throw pyErr(ValueError, 'Space not allowed in string format specifier');
    if (s.sign !== '-' || /^(.?[<>=^])?-/.test(spec)) throw pyErr(ValueError, 'Sign not allowed in string format specifier');
    if (s.alt) throw pyErr(ValueError, 'Alternate form (#) not allowed in string format specifier');
    if (s.grouping) throw pyErr(ValueError, `Cannot specify '${s.grouping}' with 's'.`);
    if (s.align === '=') throw pyErr(ValueError, "'=' alignment not allowed in string format specifier");
    const body = s.precision >= 0 ? [...v].slice(0, s.precision).join('') : v;
    return align(body, '', s, '<');
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if ('eEfFgG%'.includes(s.type) && s.type !== '') return formatFloat(Number(n), s);
    if (s.type === '' && typeof v === 'boolean' && !spec) return v ? 'True' : 'False';
    if (!['', 'd', 'n', 'x', 'X', 'o', 'b', 'c'].includes(s.type)) {
      throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type '${typeName(v)}'`);
    }
    if (s.precision >= 0) throw pyErr(ValueError, 'Precision not allowed in integer format specifier');
    const neg = n < 0;
    const abs = neg ? -BigInt(n) : BigInt(n);
    let digits: string;
    let prefix = '';
    switch (s.type) {
      case '': case 'd': case 'n': digits = abs.toString(10); break;
      case 'x': digits = abs.toString(16); prefix = s.alt ? '0x' : ''; break;
      case 'X': digits = abs.toString(16).toUpperCase(); prefix = s.alt ? '0X' : ''; break;
      case 'o': digits = abs.toString(8); prefix = s.alt ? '0o' : ''; break;
      case 'b': digits = abs.toString(2); prefix = s.alt ? '0b' : ''; break;
      case 'c': {
        if (typeof n === 'bigint') throw pyErr(OverflowError, 'Python int too large to convert to C long');
        if (n < 0 || n > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
        if (s.sign !== '-' && /[-+ ]/.test(spec)) throw pyErr(ValueError, 'Sign not allowed with integer format specifier \'c\'');
        return align(String.fromCodePoint(n), '', s, '<');
      }
      default: throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type '${typeName(v)}'`);
    }
    digits = group(digits, s.grouping, 'xXob'.includes(s.type) && s.type !== '' ? 4 : 3);
    const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
    if (s.align === '=' || (s.zero && !s.align)) {
      const padN = Math.max(0, s.width - sign.length - prefix.length - digits.length);
      return sign + prefix + s.fill.repeat(padN) + digits;
    }
    return align(prefix + digits, sign, s, '>');
  }
  if (v instanceof PyFloat) return formatFloat(v.value, s);
  throw pyErr(TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
}

/**
 * ax.toFixed(prec) with CPython's rounding: exact ties go to even (toFixed rounds them up), and no
 * switch to exponents at 1e21.
 */
export function toFixedExact(ax: number, prec: number): string {
  prec = Math.min(prec, 100);
  if (ax >= 1e21) return BigInt(ax).toString() + (prec > 0 ? '.' + '0'.repeat(prec) : '');
  if (prec + 25 <= 100) {
    const [ip, fp] = ax.toFixed(prec + 25).split('.');
    if (/^50*$/.test(fp.slice(prec))) {
      let n = BigInt(ip + fp.slice(0, prec));
      if (n & 1n) n += 1n;
      const t = n.toString().padStart(prec + 1, '0');
      return prec > 0 ? t.slice(0, t.length - prec) + '.' + t.slice(t.length - prec) : t;
    }
  }
  return ax.toFixed(prec);
}

/** ax.toExponential(prec) with ties to even, as CPython's 'e' formatting. */
function toExponentialExact(ax: number, prec: number): string {
  prec = Math.min(prec, 100);
  if (prec + 25 <= 100 && ax !== 0) {
    const [m, e] = ax.toExponential(prec + 25).split('e');
    const digits = m.replace('.', '');
    if (/^50*$/.test(digits.slice(prec + 1))) {
      let n = BigInt(digits.slice(0, prec + 1));
      let exp = Number(e);
      if (n & 1n) n += 1n;
      let t = n.toString();
      if (t.length > prec + 1) {
        t = t.slice(0, prec + 1);
        exp += 1;
      }
      return (prec > 0 ? t[0] + '.' + t.slice(1) : t) + 'e' + (exp < 0 ? '-' : '+') + Math.abs(exp);
    }
  }
  return ax.toExponential(prec);
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let body: string;
  const type = s.type;
  let prec = s.precision;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(type)) {
    throw pyErr(ValueError, `Unknown format code '${type}' for object of type 'float'`);
  }
  if (!isFinite(ax)) {
    body = ax !== ax ? 'nan' : 'inf';
    if (type === 'E' || type === 'F' || type === 'G') body = body.toUpperCase();
    if (type === '%') body += '%';
  } else if (type === '') {
    if (prec < 0) body = floatRepr(ax);
    else {
      body = formatG(ax, prec === 0 ? 1 : prec, false);
      if (!/[.e]/.test(body)) body += '.0';
    }
  } else if (type === 'f' || type === 'F' || type === '%') {
    if (prec < 0) prec = 6;
    body = toFixedExact(type === '%' ? ax * 100 : ax, prec);
    if (s.alt && prec === 0) body += '.';
    if (type === '%') body += '%';
  } else if (type === 'e' || type === 'E') {
    if (prec < 0) prec = 6;
    body = expForm(ax, prec);
    if (type === 'E') body = body.toUpperCase();
  } else if (type === 'g' || type === 'G' || type === 'n') {
    if (prec < 0) prec = 6;
    body = formatG(ax, prec === 0 ? 1 : prec, s.alt);
    if (type === 'G') body = body.toUpperCase();
  } else {
    throw pyErr(ValueError, `Unknown format code '${type}' for object of type 'float'`);
  }
  if (s.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) body = group(m[1], s.grouping) + m[2];
  }
  const sign = neg && !(ax === 0 && x === 0 && !Object.is(x, -0)) ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  if (s.align === '=' || (s.zero && !s.align)) {
    const padN = Math.max(0, s.width - sign.length - body.length);
    return sign + s.fill.repeat(padN) + body;
  }
  return align(body, sign, s, '>');
}

function expForm(ax: number, prec: number): string {
  const e = toExponentialExact(ax, prec);
  const [m, ex] = e.split('e');
  const n = Number(ex);
  return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
}

function formatG(ax: number, prec: number, alt: boolean): string {
  if (ax === 0) return alt ? '0.' + '0'.repeat(prec - 1) : '0';
  const exp = Number(toExponentialExact(ax, prec - 1).split('e')[1]);
  let body: string;
  if (exp >= -4 && exp < prec) {
    body = toFixedExact(ax, Math.max(0, prec - 1 - exp));
    if (!alt && body.includes('.')) body = body.replace(/\.?0+$/, '');
  } else {
    body = expForm(ax, prec - 1);
    if (!alt) body = body.replace(/\.?0+e/, 'e');
  }
  return body;
}
