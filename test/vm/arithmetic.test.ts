import { describe, expect, it } from 'vitest';
import { F, T } from './asm';
import { C, N, call, exprError, outLines, reprLines } from './helpers';

const bin = (a: unknown, op: string, b: unknown) => [C(a), C(b), op] as never[];

describe('int arithmetic', () => {
  it('matches CPython on floor division, modulo, powers and bigints', () => {
    expect(outLines(reprLines(
      bin(2, 'BINARY_POWER', 200),
      bin(-7, 'BINARY_FLOOR_DIVIDE', 2),
      bin(-7, 'BINARY_MODULO', 3),
      bin(7, 'BINARY_MODULO', -3),
      bin(-7, 'BINARY_MODULO', 7),
      bin(9007199254740991, 'BINARY_ADD', 1),
      bin(-9007199254740991, 'BINARY_SUBTRACT', 1),
      bin(123456789012, 'BINARY_MULTIPLY', 987654321098),
      bin(2, 'BINARY_POWER', -1),
      bin(7, 'BINARY_TRUE_DIVIDE', 2),
      bin(1, 'BINARY_LSHIFT', 100),
      bin(-1, 'BINARY_RSHIFT', 1),
      bin(-5, 'BINARY_AND', 0xff),
      bin(2n ** 70n, 'BINARY_OR', 1),
      bin(2n ** 70n, 'BINARY_FLOOR_DIVIDE', 2n ** 68n),
      bin(-(2n ** 70n), 'BINARY_MODULO', 3),
      bin(10n ** 20n, 'BINARY_TRUE_DIVIDE', 10),
      bin(true, 'BINARY_ADD', 1),
      bin(true, 'BINARY_ADD', true),
      bin(true, 'BINARY_AND', false),
      bin(-3, 'BINARY_MULTIPLY', 0),
    ))).toEqual([
      '1606938044258990275541962092341162602522202993782792835301376',
      '-4', '2', '-2', '0', '9007199254740992', '-9007199254740992', '121932631136585886175176',
      '0.5', '3.5', '1267650600228229401496703205376', '-1', '251', '1180591620717411303425',
      '4', '2', '1e+19', '2', '2', 'False', '0',
    ]);
  });

  it('normalises bigint results back to numbers', () => {
    // (2**53 + 1) - 2 is a safe integer again: `is` compares equal to the literal.
    expect(outLines(reprLines([C(9007199254740993n), C(2), 'BINARY_SUBTRACT', C(9007199254740991), ['COMPARE_OP', 'is']]))).toEqual(['True']);
  });

  it('unary operators', () => {
    expect(outLines(reprLines([C(5), 'UNARY_NEGATIVE'], [C(0), 'UNARY_NEGATIVE'], [C(5), 'UNARY_INVERT'], [C(2n ** 60n), 'UNARY_INVERT'], [C(F(0)), 'UNARY_NEGATIVE'], [C(true), 'UNARY_NEGATIVE'], [C(''), 'UNARY_NOT'])))
      .toEqual(['-5', '0', '-6', '-1152921504606846977', '-0.0', '-1', 'True']);
  });

  it('raises ZeroDivisionError with CPython messages', () => {
    expect(exprError(...bin(1, 'BINARY_TRUE_DIVIDE', 0))).toBe('ZeroDivisionError: division by zero');
    expect(exprError(...bin(F(1), 'BINARY_TRUE_DIVIDE', 0))).toBe('ZeroDivisionError: float division by zero');
    expect(exprError(...bin(1, 'BINARY_FLOOR_DIVIDE', 0))).toBe('ZeroDivisionError: integer division or modulo by zero');
    expect(exprError(...bin(1, 'BINARY_MODULO', 0))).toBe('ZeroDivisionError: integer modulo by zero');
    expect(exprError(...bin(F(1), 'BINARY_MODULO', 0))).toBe('ZeroDivisionError: float modulo');
    expect(exprError(...bin(F(1), 'BINARY_FLOOR_DIVIDE', 0))).toBe('ZeroDivisionError: float floor division by zero');
    expect(exprError(...bin(0, 'BINARY_POWER', -1))).toBe('ZeroDivisionError: 0.0 cannot be raised to a negative power');
    expect(exprError(N('divmod'), C(1), C(0), call(2))).toBe('ZeroDivisionError: integer division or modulo by zero');
    expect(exprError(...bin(1, 'BINARY_LSHIFT', -1))).toBe('ValueError: negative shift count');
  });

  it('raises TypeError for unsupported operands', () => {
    expect(exprError(...bin(1, 'BINARY_ADD', 'a'))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(exprError(...bin('a', 'BINARY_ADD', 1))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(exprError(C(null), C(1), 'BINARY_SUBTRACT')).toBe("TypeError: unsupported operand type(s) for -: 'NoneType' and 'int'");
    expect(exprError(C('a'), 'UNARY_NEGATIVE')).toBe("TypeError: bad operand type for unary -: 'str'");
    expect(exprError(...bin('a', 'BINARY_MULTIPLY', 'b'))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(exprError(...bin(2, 'BINARY_POWER', 'b'))).toBe("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    expect(exprError(...bin(1, 'INPLACE_ADD', 'a'))).toBe("TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  });
});

describe('floats', () => {
  it('repr exactly as CPython', () => {
    const vals = [0.1, 1e16, 1, 1e-5, 123456789012345678, 1e-4, 1.5, 1e22, 2.5e-7, 1 / 3, 100, 1e15, 5e-324, 1.7976931348623157e308];
    expect(outLines(reprLines(...vals.map((v) => [C(F(v))]), [C(F(0.1)), C(F(0.2)), 'BINARY_ADD'], [C(F(-0))]))).toEqual([
      '0.1', '1e+16', '1.0', '1e-05', '1.2345678901234568e+17', '0.0001', '1.5', '1e+22', '2.5e-07', '0.3333333333333333',
      '100.0', '1000000000000000.0', '5e-324', '1.7976931348623157e+308', '0.30000000000000004', '-0.0',
    ]);
  });

  it('inf and nan', () => {
    expect(outLines(reprLines([N('float'), C('inf'), call(1)], [N('float'), C('-inf'), call(1)], [N('float'), C('nan'), call(1)], [C(F(1e308)), C(10), 'BINARY_MULTIPLY'])))
      .toEqual(['inf', '-inf', 'nan', 'inf']);
  });

  it('mixes with ints', () => {
    expect(outLines(reprLines(bin(1, 'BINARY_ADD', F(0.5)), bin(F(7.5), 'BINARY_FLOOR_DIVIDE', 2), bin(F(-7.5), 'BINARY_MODULO', 2), bin(2, 'BINARY_POWER', F(0.5)), bin(F(2), 'BINARY_POWER', 10))))
      .toEqual(['1.5', '3.0', '0.5', '1.4142135623730951', '1024.0']);
  });
});

describe('sequences', () => {
  it('concatenates and repeats', () => {
    expect(outLines(reprLines(bin('ab', 'BINARY_MULTIPLY', 3), bin(2, 'BINARY_MULTIPLY', 'x'), bin(T(1, 2), 'BINARY_ADD', T(3)), [C(1), ['BUILD_LIST', 1], C(3), 'BINARY_MULTIPLY'], bin('ab', 'BINARY_MULTIPLY', -1))))
      .toEqual(["'ababab'", "'xx'", '(1, 2, 3)', '[1, 1, 1]', "''"]);
  });

  it('concatenation type errors', () => {
    expect(exprError(['BUILD_LIST', 0], C(T()), 'BINARY_ADD')).toBe('TypeError: can only concatenate list (not "tuple") to list');
  });
});

describe('comparisons', () => {
  it('numbers, bigints, floats, sequences', () => {
    const cmp = (a: unknown, op: string, b: unknown) => [C(a), C(b), ['COMPARE_OP', op]] as never[];
    expect(outLines(reprLines(
      cmp(1, '<', F(2.5)), cmp(2n ** 64n, '>', F(1.5)), cmp(2n ** 64n, '==', F(2 ** 64)), cmp(1, '==', F(1)), cmp(true, '==', 1),
      cmp(T(1, 2), '<', T(1, 3)), cmp(T(1, 2), '==', T(1, 2)), cmp(T(1, 2), '<', T(1, 2, 0)), cmp('abc', '<', 'abd'),
      cmp(1, 'in', T(1, 2)), cmp('b', 'in', 'abc'), cmp(3, 'not in', T(1, 2)), cmp(null, 'is', null), cmp(1, '!=', 'a'),
      cmp(F(NaN), '==', F(NaN)), cmp(T(1, 'a'), '==', T(F(1), 'a')),
    ))).toEqual(['True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'True', 'False', 'True']);
  });

  it('ordering errors', () => {
    expect(exprError(C(1), C('a'), ['COMPARE_OP', '<'])).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(exprError(C(T(1)), C(T('a')), ['COMPARE_OP', '>='])).toBe("TypeError: '>=' not supported between instances of 'int' and 'str'");
  });
});
