// AES-256-CTR with a 128-bit big-endian counter: SP 800-38A F.5.5/F.5.6 (vectors/nist), the standard's output
// blocks (single-block keystream), the carry across every byte of the counter block, the batch form and errors.
import sp800 from '../../../vectors/nist/sp800-38a-ctr-aes256.json' with { type: 'json' };
import { concatBytes } from '../../../src/bytes.ts';
import { hexToBytes } from '../../../src/conformance/hex.ts';
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';

const H = hexToBytes;

/** Counter block with the given big-endian value in its last `bytes` bytes (all ones when value is -1). */
function counter(prefix: number, lowOnes: number): Uint8Array {
  const b = new Uint8Array(16).fill(prefix);
  for (let i = 16 - lowOnes; i < 16; i++) b[i] = 0xff;
  return b;
}

export const ctrSuite: Suite = {
  name: 'aes-ctr',
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(t, { lib }) {
    for (const v of sp800.tests) {
      t.test(`SP 800-38A ${v.section} CTR-AES256.${v.direction === 'encrypt' ? 'Encrypt' : 'Decrypt'}`, () => {
        assert.bytes(lib.aesCtr(H(v.key), H(v.iv), H(v.input)), v.output, 'all four blocks');
        // Any split point gives the same keystream (a prefix of the whole).
        for (const n of [1, 15, 16, 17, 33, 63]) {
          assert.bytes(lib.aesCtr(H(v.key), H(v.iv), H(v.input).subarray(0, n)), H(v.output).subarray(0, n), `first ${n} B`);
        }
      });
    }
    t.test('SP 800-38A F.5.5 output blocks: E(counter) for each counter block', () => {
      for (const b of sp800.blocks) {
        assert.bytes(lib.aesCtr(H(sp800.key), H(b.counter), new Uint8Array(16)), b.outputBlock, `counter ${b.counter}`);
      }
    });
    t.test('the counter is a full 128-bit big-endian integer: carries cross 32-bit, 64-bit and 128-bit boundaries', () => {
      const key = pattern(32, 21);
      // Block k of a run from `iv` must equal block 0 of a run started at iv + k.
      for (const ones of [1, 4, 5, 8, 9, 12, 15, 16]) {
        const iv = counter(0x42, ones), next = counter(0x42, 0);
        // iv + 1: the trailing 0xff bytes become 0x00 and the byte before them increments (mod 2^128 when all ones).
        for (let i = 16 - ones; i < 16; i++) next[i] = 0;
        if (ones < 16) next[15 - ones] = 0x43;
        else next.fill(0);
        const run = lib.aesCtr(key, iv, new Uint8Array(48));
        assert.bytes(run.subarray(16, 32), lib.aesCtr(key, next, new Uint8Array(16)), `${ones} trailing 0xff bytes`);
      }
      // 2^128 − 1 wraps to 0.
      const wrap = lib.aesCtr(key, new Uint8Array(16).fill(0xff), new Uint8Array(32));
      assert.bytes(wrap.subarray(16), lib.aesCtr(key, new Uint8Array(16), new Uint8Array(16)), 'wrap to zero');
    });
    t.test('aesCtrMany equals one aesCtr per item, including the 33-byte key wrap of the protocol', () => {
      const items = Array.from({ length: 150 }, (_, i) => ({ key: pattern(32, i), iv: pattern(16, i + 7), data: pattern(i === 0 ? 0 : 33 + (i % 5), i) }));
      items.push({ key: H(sp800.key), iv: H(sp800.tests[0]!.iv), data: H(sp800.tests[0]!.input) });
      const out = lib.aesCtrMany(items);
      assert.equal(out.length, items.length, 'results');
      items.forEach((it, i) => assert.bytes(out[i]!, lib.aesCtr(it.key, it.iv, it.data), `item ${i}`));
      assert.bytes(out[items.length - 1]!, sp800.tests[0]!.output, 'SP 800-38A item');
      assert.equal(lib.aesCtrMany([]).length, 0, 'empty batch');
    });
    t.test('inputs larger than the IO window stream with a continuous counter', () => {
      const key = H(sp800.key), iv = H(sp800.tests[0]!.iv), big = pattern(600_000, 3);
      const out = lib.aesCtr(key, iv, big);
      assert.bytes(lib.aesCtr(key, iv, out), big, 'decrypts back');
      assert.bytes(lib.aesCtr(key, iv, concatBytes(H(sp800.tests[0]!.input), big.subarray(64))).subarray(0, 64), sp800.tests[0]!.output,
        'the first blocks are the standard\'s');
    });
    t.test('wrong lengths and types are ERR_INVALID_ARGUMENT', () => {
      const key = pattern(32, 1), iv = pattern(16, 2), data = pattern(33, 3);
      for (const n of [0, 12, 15, 17, 32]) assert.throwsCode(() => lib.aesCtr(key, pattern(n, 1), data), 'ERR_INVALID_ARGUMENT', `iv ${n}`, '"iv"');
      for (const n of [16, 24, 31, 33]) assert.throwsCode(() => lib.aesCtr(pattern(n, 1), iv, data), 'ERR_INVALID_ARGUMENT', `key ${n}`, '"key"');
      assert.throwsCode(() => lib.aesCtr(key, iv, 'x' as never), 'ERR_INVALID_ARGUMENT', 'data', '"data"');
      assert.throwsCode(() => lib.aesCtrMany([{ key, iv: pattern(8, 1), data }]), 'ERR_INVALID_ARGUMENT', 'batch item', 'items[0].iv');
    });
  },
};
