// The .pyc format never trusts a file: round trips are exact, and every truncation, flipped
// byte, hostile payload (with a correct checksum) and random mutation is rejected with
// BadPycError, quickly, or decodes to a verified code object.

import { describe, expect, it } from 'vitest';
import { CodeObject, FloatConst, Op, OPCODE_FINGERPRINT, TupleConst, type Const } from '../../bytecode';
import { BadPycError, buildPyc, crc32, dumpCode, loadCode, readHeader, readPayload, verifyCode, type SourceStamp } from '../../cache';
import { asm, makeCode, richModule, seededRandom } from './fixtures';

const VERSION = '0.0.0-test';
const STAMP: SourceStamp = { mode: 'checked-hash', hash: [0x12345678, 0x9abcdef0] };

/** What the loader does with a file: header, payload, verifier. */
function decode(file: Uint8Array): CodeObject {
  readHeader(file);
  const code = readPayload(file, VERSION);
  verifyCode(code);
  return code;
}

/** Re-seal a file after editing its payload, so only the payload checks can catch it. */
function reseal(file: Uint8Array): Uint8Array {
  const copy = file.slice();
  copy.fill(0, 20, 24);
  new DataView(copy.buffer).setUint32(20, crc32(copy), true);
  return copy;
}

/** A file whose marshal payload is `payload`, with correct length and checksum. */
function fileWithPayload(payload: Uint8Array): Uint8Array {
  const good = buildPyc(makeCode(), STAMP, false, VERSION);
  const verLen = good[28];
  const start = 29 + verLen;
  const out = new Uint8Array(start + payload.length);
  out.set(good.subarray(0, start));
  out.set(payload, start);
  new DataView(out.buffer).setUint32(16, payload.length, true);
  return reseal(out);
}

function expectBad(file: Uint8Array): BadPycError {
  try {
    decode(file);
  } catch (e) {
    expect(e).toBeInstanceOf(BadPycError);
    return e as BadPycError;
  }
  throw new Error('decoded a file that should have been rejected');
}

describe('round trips', () => {
  it('dump(load(dump(c))) is byte-identical and keeps every constant type', () => {
    const code = richModule();
    const once = dumpCode(code);
    const back = loadCode(once);
    expect(dumpCode(back)).toEqual(once);
    const k = back.co_consts;
    expect(k.slice(0, 10)).toEqual([0, 1, -1, 2147483647, -2147483648, 2147483648, 9007199254740991, -9007199254740991, 2n ** 200n, -(3n ** 90n)]);
    expect(Object.is((k[11] as FloatConst).value, -0)).toBe(true);
    expect(Number.isNaN((k[13] as FloatConst).value)).toBe(true);
    expect((k[14] as FloatConst).value).toBe(5e-324);
    expect(k[17]).toBe('ünïcödé ✓ 🐍');
    expect(((k[25] as TupleConst).items[2] as TupleConst).items).toEqual([]);
    const inner = k[26] as CodeObject;
    expect(inner).toBeInstanceOf(CodeObject);
    expect(inner.co_varnames).toEqual(['a', 'b', 'c']);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('the same code gives the same file bytes', () => {
    expect(buildPyc(richModule(), STAMP, false, VERSION)).toEqual(buildPyc(richModule(), STAMP, false, VERSION));
  });

  it('reads back each invalidation mode and the -O flag from the header', () => {
    const stamps: SourceStamp[] = [
      { mode: 'timestamp', mtime: 1700000000, size: 1234 },
      { mode: 'checked-hash', hash: [1, 2] },
      { mode: 'unchecked-hash', hash: [3, 4] },
    ];
    for (const stamp of stamps) {
      for (const optimize of [false, true]) {
        const h = readHeader(buildPyc(makeCode(), stamp, optimize, VERSION));
        expect(h).toEqual({ stamp, optimize });
      }
    }
  });
});

describe('damaged files', () => {
  const good = buildPyc(richModule(), STAMP, false, VERSION);

  it('the good file decodes', () => {
    expect(decode(good).co_consts.length).toBe(28);
  });

  it('rejects truncation at every byte, including the empty file', () => {
    for (let n = 0; n < good.length; n++) expectBad(good.subarray(0, n));
  });

  it('rejects every single-byte change at every position', () => {
    const copy = good.slice();
    for (let i = 0; i < good.length; i++) {
      for (const delta of [1, 0x80, 0xff]) {
        copy[i] = good[i] ^ delta;
        expectBad(copy);
      }
      copy[i] = good[i];
    }
  });

  it('rejects trailing junk', () => {
    const longer = new Uint8Array(good.length + 1);
    longer.set(good);
    expect(expectBad(longer).reason).toBe('corrupt');
  });

  it('names the reason: magic, flags, version, opcode table', () => {
    const magic = good.slice();
    magic[0] ^= 1;
    expect(expectBad(magic).reason).toBe('bad magic');
    const flags = good.slice();
    flags[5] = 0x80;
    expect(expectBad(flags).reason).toBe('bad flags');
    expect(() => readPayload(good, 'another-version')).toThrow(/other tspy version/);
    const table = good.slice();
    new DataView(table.buffer).setUint32(24, OPCODE_FINGERPRINT ^ 1, true);
    expect(expectBad(reseal(table)).reason).toBe('opcode table changed');
  });
});

describe('hostile payloads with a correct checksum', () => {
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const code = (...fields: number[]) => Uint8Array.from([0x63, ...fields]);

  it('rejects huge counts without allocating them', () => {
    const t0 = performance.now();
    const before = process.memoryUsage().heapUsed;
    // co_argcount..co_flags, then co_code claiming 4 GiB.
    expectBad(fileWithPayload(code(...u32(0), ...u32(0), ...u32(0), ...u32(0), ...u32(1), ...u32(0), ...u32(0xfffffff0))));
    // A tuple constant of 2**31 items.
    const huge = dumpCode(makeCode({ co_consts: [new TupleConst([])] }));
    const at = huge.indexOf(0x28);
    huge.set(u32(0x80000000), at + 1);
    expectBad(fileWithPayload(huge));
    expect(performance.now() - t0).toBeLessThan(200);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('rejects nesting deeper than the cap', () => {
    let c: Const = null;
    for (let i = 0; i < 500; i++) c = new TupleConst([c]);
    const err = expectBad(fileWithPayload(dumpCode(makeCode({ co_consts: [c] }))));
    expect(err.message).toMatch(/nesting/);
  });

  it('rejects out-of-range constant, name, local and free indices', () => {
    const cases: [number, number][] = [[Op.LOAD_CONST, 5], [Op.LOAD_NAME, 0], [Op.LOAD_FAST, 0], [Op.LOAD_DEREF, 0], [Op.COMPARE_OP, 11]];
    for (const [op, arg] of cases) {
      const bad = makeCode({ co_code: asm([op, arg], [Op.RETURN_VALUE]) });
      expect(expectBad(fileWithPayload(dumpCode(bad))).reason).toBe('invalid bytecode');
    }
  });

  it('rejects bad jumps, unknown opcodes and inconsistent stacks', () => {
    const bodies = [
      asm([Op.JUMP_ABSOLUTE, 3], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), // into the middle of an instruction
      asm([Op.JUMP_ABSOLUTE, 200], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), // past the end
      Uint8Array.from([0xfe, 0, Op.LOAD_CONST, 0, Op.RETURN_VALUE, 0]), // unknown opcode
      asm([Op.POP_TOP], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), // stack underflow
      asm([Op.LOAD_CONST, 0], [Op.LOAD_CONST, 0], [Op.LOAD_CONST, 0], [Op.RETURN_VALUE]), // exceeds co_stacksize 1
    ];
    for (const co_code of bodies) expect(expectBad(fileWithPayload(dumpCode(makeCode({ co_code })))).reason).toBe('invalid bytecode');
  });
});

describe('fuzzing the decoder', () => {
  it('returns a verified code object or BadPycError, nothing else (seeded)', () => {
    const rand = seededRandom(0x2545f491);
    const base = dumpCode(richModule());
    let accepted = 0;
    for (let round = 0; round < 3000; round++) {
      const payload = base.slice();
      const edits = 1 + Math.floor(rand() * 4);
      for (let e = 0; e < edits; e++) payload[Math.floor(rand() * payload.length)] = Math.floor(rand() * 256);
      const file = fileWithPayload(payload);
      try {
        const code = decode(file);
        expect(code).toBeInstanceOf(CodeObject);
        accepted++;
      } catch (err) {
        expect(err).toBeInstanceOf(BadPycError);
      }
    }
    // Some mutations only change a constant's value and stay valid; most do not.
    expect(accepted).toBeLessThan(3000);
  });
});

describe('decoded byte strings', () => {
  it('are plain Uint8Arrays even from a Buffer, equal to what was written', () => {
    const code = richModule();
    const file = Buffer.from(buildPyc(code, STAMP, false, VERSION));
    const loaded = decode(file);
    const walk = (a: CodeObject, b: CodeObject): void => {
      expect(b.co_code.constructor).toBe(Uint8Array);
      expect(b.co_linetable.constructor).toBe(Uint8Array);
      expect([...b.co_code]).toEqual([...a.co_code]);
      expect([...b.co_linetable]).toEqual([...a.co_linetable]);
      a.co_consts.forEach((k, i) => {
        if (k instanceof CodeObject) walk(k, b.co_consts[i] as CodeObject);
      });
    };
    walk(code, loaded);
    expect(Object.isFrozen(loaded) && Object.isFrozen(loaded.co_names) && Object.isFrozen(loaded.co_freevars)).toBe(true);
  });
});
