// format(), FORMAT_VALUE conversions and printf-style str % args (CPython's
// unicodeobject.c PyUnicode_Format; the spec mini-language is objects/format.ts).

import { OverflowError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { PyFloat } from './objects/float';
import { big, floatToInt, type Int } from './objects/int';
import { PyTuple } from './objects/tuple';
import { PyDict } from './objects/dict';
import { formatSpec } from './objects/format';
import { typeOf, type PyObject } from './objects/type';
import { strLen } from './objects/str';
import { PyBoxed } from './objects/boxed';
import { toInt, toNumber } from './number';
import { asIndex, callSpecial, getItem, userSpecial } from './ops';
import { repr, str } from './repr';

// ---------------------------------------------------------------- formatting

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii), then format(v, spec). */
export function formatValue(v: PyObject, conv: number, spec: string): string {
  if (conv === 1) v = str(v);
  else if (conv === 2) v = repr(v);
  else if (conv === 3) v = asciiRepr(v);
  return format(v, spec);
}

export function asciiRepr(v: PyObject): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** format(v, spec). */
export function format(v: PyObject, spec: string): string {
  if (typeof v === 'object' && !v.cls.isBuiltin) {
    const m = userSpecial(v, '__format__');
    if (m !== undefined) {
      const r = callSpecial(m, v, [spec]);
      if (typeof r !== 'string') throw pyErr(TypeError, `__format__ must return a str, not ${typeOf(r).tpName}`);
      return r;
    }
    if (v instanceof PyBoxed) return format(v.value, spec);
    if (spec === '') return str(v);
    throw pyErr(TypeError, `unsupported format string passed to ${typeOf(v).tpName}.__format__`);
  }
  if (spec === '') return typeof v === 'string' ? v : str(v);
  return formatSpec(v, spec);
}

/** str % args (printf-style formatting). */
export function formatPercent(fmt: string, args: PyObject): string {
  const items = args instanceof PyTuple ? args.items : [args];
  const mapping = args instanceof PyDict ? args : null;
  let idx = 0;
  const next = (): PyObject => {
    if (idx >= items.length) throw pyErr(TypeError, 'not enough arguments for format string');
    return items[idx++];
  };
  const out = fmt.replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])/g, (_m, key: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    let v: PyObject;
    if (key !== undefined && mapping) v = getItem(mapping, key.slice(1, -1));
    else {
      if (width === '*') width = String(asIndex(next()));
      if (prec === '*') prec = String(asIndex(next()));
      v = next();
    }
    let s: string;
    let spec = '';
    if (flags.includes('-')) spec += '<';
    else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv)) spec += '0';
    if (flags.includes('+')) spec = (spec === '0' ? '' : spec) + '+' + (spec === '0' ? '0' : '');
    else if (flags.includes(' ')) spec = (spec === '0' ? '' : spec) + ' ' + (spec === '0' ? '0' : '');
    if (flags.includes('#')) spec += '#';
    const w = width ?? '';
    switch (conv) {
      case 's': s = str(v); return pad(s, w, flags.includes('-'), prec);
      case 'r': s = repr(v); return pad(s, w, flags.includes('-'), prec);
      case 'a': s = asciiRepr(v); return pad(s, w, flags.includes('-'), prec);
      case 'd': case 'i': case 'u': {
        const n = toNumber(v);
        if (n === undefined) throw pyErr(TypeError, `%${conv} format: a real number is required, not ${typeOf(v).tpName}`);
        const iv = v instanceof PyFloat ? floatToInt(v.value) : toInt(v as Int);
        return formatSpec(iv, spec + w + 'd');
      }
      case 'c':
        if (typeof v === 'string') {
          if (strLen(v) !== 1) throw pyErr(TypeError, '%c requires int or char');
          s = v;
        } else {
          const cp = asIndex(v);
          if (cp < 0 || cp > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
          s = String.fromCodePoint(cp);
        }
        return pad(s, w, flags.includes('-'), undefined);
      default: {
        if (!'oxXeEfFgG'.includes(conv)) throw pyErr(ValueError, `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${fmt.indexOf('%' + conv)}`);
        const n = toNumber(v);
        if (n === undefined) {
          throw pyErr(TypeError, 'oxX'.includes(conv) ? `%${conv} format: an integer is required, not ${typeOf(v).tpName}` : `must be real number, not ${typeOf(v).tpName}`);
        }
        if ('oxX'.includes(conv)) return formatSpec(toInt(v as Int), spec + w + conv);
        return formatSpec(new PyFloat(n), spec + w + (prec !== undefined ? '.' + prec : '.6') + conv);
      }
    }
  });
  if (idx < items.length && !mapping) throw pyErr(TypeError, 'not all arguments converted during string formatting');
  return out;
}

function pad(s: string, width: string, left: boolean, prec: string | undefined): string {
  if (prec !== undefined) s = s.slice(0, Number(prec));
  const w = width ? Number(width) : 0;
  if (s.length >= w) return s;
  return left ? s + ' '.repeat(w - s.length) : ' '.repeat(w - s.length) + s;
}

export { big, floatToInt };
