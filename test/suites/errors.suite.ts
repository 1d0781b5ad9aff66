// Bad input anywhere gets ERR_INVALID_ARGUMENT naming the argument — thrown before any kernel work, never a
// RangeError, a trap or a partial result. One table drives every public primitive of this release.
import * as assert from '../harness/assert.ts';
import type { Lib, Suite } from '../harness/suite.ts';

const NOT_BYTES: readonly [string, unknown][] = [
  ['undefined', undefined], ['null', null], ['a string', 'abc'], ['a number', 42], ['an array', [1, 2, 3]],
  ['a Uint16Array', new Uint16Array(4)], ['an ArrayBuffer', new ArrayBuffer(4)], ['a DataView', new DataView(new ArrayBuffer(4))],
  ['a plain object', { length: 3 }],
];
const NOT_HASH: readonly unknown[] = ['sha1', 'SHA256', 'sha-256', 'sha384', '', undefined, null, 256];
const BAD_INT = (max: number): readonly unknown[] => [0, -1, 1.5, NaN, Infinity, max + 1, 2 ** 53, '32', undefined, null];

type Call = (lib: Lib, bad: unknown) => unknown;
interface Row { fn: string; arg: string; bad: readonly unknown[]; call: Call }

const b = new Uint8Array(16);
const ROWS: Row[] = [
  { fn: 'sha256', arg: 'data', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.sha256(v as Uint8Array) },
  { fn: 'sha512', arg: 'data', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.sha512(v as Uint8Array) },
  { fn: 'hmac', arg: 'hash', bad: NOT_HASH, call: (l, v) => l.hmac(v as 'sha256', b, b) },
  { fn: 'hmac', arg: 'key', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hmac('sha256', v as Uint8Array, b) },
  { fn: 'hmac', arg: 'data', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hmac('sha512', b, v as Uint8Array) },
  { fn: 'hkdf', arg: 'hash', bad: NOT_HASH, call: (l, v) => l.hkdf(v as 'sha256', b, b, b, 32) },
  { fn: 'hkdf', arg: 'ikm', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hkdf('sha256', v as Uint8Array, b, b, 32) },
  { fn: 'hkdf', arg: 'salt', bad: NOT_BYTES.slice(1).map(([, v]) => v), call: (l, v) => l.hkdf('sha256', b, v as Uint8Array, b, 32) },
  { fn: 'hkdf', arg: 'info', bad: NOT_BYTES.slice(1).map(([, v]) => v), call: (l, v) => l.hkdf('sha256', b, b, v as Uint8Array, 32) },
  { fn: 'hkdf', arg: 'length', bad: BAD_INT(8160), call: (l, v) => l.hkdf('sha256', b, b, b, v as number) },
  { fn: 'hkdf', arg: 'length', bad: BAD_INT(16320), call: (l, v) => l.hkdf('sha512', b, b, b, v as number) },
  { fn: 'hkdfExpand', arg: 'prk', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hkdfExpand('sha512', v as Uint8Array, b, 32) },
  { fn: 'hkdfExpand', arg: 'length', bad: BAD_INT(16320), call: (l, v) => l.hkdfExpand('sha512', b, b, v as number) },
  { fn: 'hashIdentifier', arg: 'identifier', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hashIdentifier(v as Uint8Array, b, 1) },
  { fn: 'hashIdentifier', arg: 'salt', bad: [...NOT_BYTES.map(([, v]) => v), new Uint8Array(16385)], call: (l, v) => l.hashIdentifier(b, v as Uint8Array, 1) },
  { fn: 'hashIdentifier', arg: 'rounds', bad: BAD_INT(16_777_216), call: (l, v) => l.hashIdentifier(b, b, v as number) },
  { fn: 'hashIdentifiers', arg: 'identifiers', bad: [undefined, null, 'abc', b, { length: 1, 0: b }], call: (l, v) => l.hashIdentifiers(v as Uint8Array[], b, 1) },
  { fn: 'hashIdentifiers', arg: 'identifiers[1]', bad: NOT_BYTES.map(([, v]) => v), call: (l, v) => l.hashIdentifiers([b, v as Uint8Array], b, 1) },
  { fn: 'hashIdentifiers', arg: 'rounds', bad: BAD_INT(16_777_216), call: (l, v) => l.hashIdentifiers([b], b, v as number) },
];

const ASYNC_ROWS: { fn: string; arg: string; call: (lib: Lib) => Promise<unknown> }[] = [
  { fn: 'sha256Async', arg: 'data', call: (l) => l.sha256Async('abc' as unknown as Uint8Array) },
  { fn: 'sha512Async', arg: 'data', call: (l) => l.sha512Async(null as unknown as Uint8Array) },
  { fn: 'hmacAsync', arg: 'hash', call: (l) => l.hmacAsync('md5' as 'sha256', b, b) },
  { fn: 'hmacAsync', arg: 'key', call: (l) => l.hmacAsync('sha256', [1] as unknown as Uint8Array, b) },
  { fn: 'setEngine', arg: 'name', call: (l) => l.setEngine('openssl' as 'wasm') },
];

export const errorsSuite: Suite = {
  name: 'bad input',
  register(t, { lib }) {
    for (const row of ROWS) {
      t.test(`${row.fn}: bad "${row.arg}" → ERR_INVALID_ARGUMENT naming it`, () => {
        row.bad.forEach((v, i) =>
          assert.throwsCode(() => row.call(lib, v), 'ERR_INVALID_ARGUMENT', `${row.fn} bad #${i}`, `"${row.arg}"`));
      });
    }
    for (const row of ASYNC_ROWS) {
      t.test(`${row.fn}: bad "${row.arg}" rejects (never throws synchronously)`, async () => {
        await assert.rejectsCode(() => row.call(lib), 'ERR_INVALID_ARGUMENT', row.fn, `"${row.arg}"`);
      });
    }
    t.test('errors are EphemeraError subclasses with a stable code and their own name', () => {
      try {
        lib.sha256(7 as unknown as Uint8Array);
      } catch (err) {
        assert.ok(err instanceof lib.EphemeraError, 'instanceof EphemeraError');
        assert.ok(err instanceof lib.InvalidArgumentError, 'instanceof InvalidArgumentError');
        assert.ok(lib.EphemeraError.is(err), 'EphemeraError.is(err)');
        assert.ok(lib.EphemeraError.is(err, 'ERR_INVALID_ARGUMENT'), 'is(err, code)');
        assert.ok(!lib.EphemeraError.is(err, 'ERR_DECODE'), 'is(err, other code)');
        assert.equal((err as Error).name, 'InvalidArgumentError', 'name');
        return;
      }
      throw new assert.AssertionError('no error thrown');
    });
    t.test('EphemeraError.is rejects look-alikes', () => {
      assert.ok(!lib.EphemeraError.is(new Error('x')), 'plain Error');
      assert.ok(!lib.EphemeraError.is({ code: 'ERR_DECODE' }), 'object with a code');
      assert.ok(!lib.EphemeraError.is(null) && !lib.EphemeraError.is(undefined) && !lib.EphemeraError.is('ERR_DECODE'), 'primitives');
    });
    t.test('decryption failures carry one opaque message', () => {
      const e = new lib.DecryptionFailedError();
      assert.equal(e.code, 'ERR_DECRYPTION_FAILED', 'code');
      assert.equal(e.message, 'decryption operation failed', 'message');
    });
  },
};
