// Token streams of the tokenizer (lexer.ts): indentation, bracket joining, continuation lines,
// numbers, strings and operators, as CPython's tokenize module reports them.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/index';

/** Compact `TYPE:text` list, with positions for layout tokens. */
function stream(src: string): string[] {
  return tokenize(src).map((t) => {
    if (t.type === 'INDENT' || t.type === 'DEDENT' || t.type === 'NEWLINE' || t.type === 'ENDMARKER') return `${t.type}@${t.line}:${t.col}`;
    if (t.type === 'ERRORTOKEN') return `ERRORTOKEN:${t.text}`;
    return `${t.type}:${t.text}`;
  });
}

describe('tokenize', () => {
  it('synthesizes NEWLINE, INDENT and DEDENT', () => {
    expect(stream('if x:\n    y = 1\n\n    # comment\nz\n')).toEqual([
      'KEYWORD:if', 'NAME:x', 'OP::', 'NEWLINE@1:5', 'INDENT@2:0', 'NAME:y', 'OP:=', 'NUMBER:1', 'NEWLINE@2:9',
      'DEDENT@5:0', 'NAME:z', 'NEWLINE@5:1', 'ENDMARKER@6:0',
    ]);
  });

  it('closes open blocks at EOF and adds a NEWLINE after a last line without one', () => {
    expect(stream('def f():\n  if a:\n    b')).toEqual([
      'KEYWORD:def', 'NAME:f', 'OP:(', 'OP:)', 'OP::', 'NEWLINE@1:8', 'INDENT@2:0', 'KEYWORD:if', 'NAME:a', 'OP::',
      'NEWLINE@2:7', 'INDENT@3:0', 'NAME:b', 'NEWLINE@3:5', 'DEDENT@4:0', 'DEDENT@4:0', 'ENDMARKER@4:0',
    ]);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(stream('x = [1,\n  2]\ny = 1 + \\\n  2\n')).toEqual([
      'NAME:x', 'OP:=', 'OP:[', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:]', 'NEWLINE@2:4',
      'NAME:y', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE@4:3', 'ENDMARKER@5:0',
    ]);
  });

  it('blank and comment-only lines produce nothing', () => {
    expect(stream('\n   \n# c\n  # d\nx # e\n')).toEqual(['NAME:x', 'NEWLINE@5:5', 'ENDMARKER@6:0']);
  });

  it('numbers', () => {
    const src = '1 1_000 0x1F 0o17 0b1_01 1.5 .5 1. 1e10 1.5E-3 2j 1.5J 0 00';
    expect(stream(src).filter((s) => s.startsWith('NUMBER'))).toEqual(src.split(' ').map((n) => `NUMBER:${n}`));
  });

  it('strings with every prefix, quote style and triple quotes', () => {
    const src = `'a' "b" '''c\nd''' """e""" r'\\n' b'x' Rb'y' bR"z" f'{x}' rf"{y}" FR'z' u'w' 'it\\'s'`;
    const toks = tokenize(src).filter((t) => t.type === 'STRING').map((t) => t.text);
    expect(toks).toEqual([`'a'`, `"b"`, `'''c\nd'''`, `"""e"""`, `r'\\n'`, `b'x'`, `Rb'y'`, `bR"z"`, `f'{x}'`, `rf"{y}"`, `FR'z'`, `u'w'`, `'it\\'s'`]);
  });

  it('operators take the longest match', () => {
    const ops = '**= //= >>= <<= ... -> := ** // << >> <= >= == != += -= *= /= %= &= |= ^= @= + - * / % @ & | ^ ~ < > ( ) [ ] { } , : ; . =';
    expect(tokenize(ops).filter((t) => t.type === 'OP').map((t) => t.text)).toEqual(ops.split(' '));
    expect(stream('a**-b').slice(0, 4)).toEqual(['NAME:a', 'OP:**', 'OP:-', 'NAME:b']);
  });

  it('keywords are KEYWORD tokens, identifiers may be non-ASCII', () => {
    expect(stream('if ifx None café')).toEqual(['KEYWORD:if', 'NAME:ifx', 'KEYWORD:None', 'NAME:café', 'NEWLINE@1:16', 'ENDMARKER@2:0']);
  });

  it('drops a UTF-8 byte order mark and normalizes CRLF and CR line ends', () => {
    expect(stream('\ufeffx\r\ny\rz')).toEqual(['NAME:x', 'NEWLINE@1:1', 'NAME:y', 'NEWLINE@2:1', 'NAME:z', 'NEWLINE@3:1', 'ENDMARKER@4:0']);
  });

  it('stray $ ? ! ` are ERRORTOKENs, as in CPython (the parser then reports invalid syntax)', () => {
    expect(stream('a $ b')).toEqual(['NAME:a', 'ERRORTOKEN:$', 'NAME:b', 'NEWLINE@1:5', 'ENDMARKER@2:0']);
  });

  it('positions are CPython tokenize positions (0-based columns, end exclusive)', () => {
    const [t] = tokenize("  \n'''a\nbc''' x");
    expect(t).toMatchObject({ type: 'STRING', line: 2, col: 0, endLine: 3, endCol: 5 });
  });
});
