// The async primitives route by input size (src/policy.ts: WebCrypto above the runtime's measured crossover);
// whatever serves them, the bytes must match the pinned values of the sync ones.
import pinned from '../../vectors/pinned/sha2-lengths.json' with { type: 'json' };
import rfc4231 from '../../vectors/rfc/rfc4231.json' with { type: 'json' };
import { hexToBytes } from '../../src/conformance/hex.ts';
import * as assert from '../harness/assert.ts';
import { pattern } from '../harness/data.ts';
import type { Suite } from '../harness/suite.ts';

export const asyncSuite: Suite = {
  name: 'async',
  register(t, { lib }) {
    t.test('sha256Async / sha512Async on lengths 0…257', async () => {
      for (const v of pinned.lengths) {
        const msg = pattern(v.length, 1);
        assert.bytes(await lib.sha256Async(msg), v.sha256, `sha256Async ${v.length}`);
        assert.bytes(await lib.sha512Async(msg), v.sha512, `sha512Async ${v.length}`);
      }
    });
    for (const v of pinned.long) {
      t.test(`async hashes and HMAC of ${v.length} B`, async () => {
        const msg = pattern(v.length, v.seed), key = pattern(40, 9);
        assert.bytes(await lib.sha256Async(msg), v.sha256, 'sha256Async');
        assert.bytes(await lib.sha512Async(msg), v.sha512, 'sha512Async');
        assert.bytes(await lib.hmacAsync('sha256', key, msg), v.hmacSha256KeySeed9Len40, 'hmacAsync sha256');
        assert.bytes(await lib.hmacAsync('sha512', key, msg), v.hmacSha512KeySeed9Len40, 'hmacAsync sha512');
      });
    }
    t.test('concurrent async calls (the route that may offload to WebCrypto workers) give the pinned bytes', async () => {
      const v = pinned.long[1]!, msg = pattern(v.length, v.seed), key = pattern(40, 9);
      const out = await Promise.all([lib.sha256Async(msg), lib.sha512Async(msg), lib.hmacAsync('sha256', key, msg),
        lib.sha256Async(msg), lib.hmacAsync('sha512', key, msg)]);
      assert.bytes(out[0]!, v.sha256, 'sha256Async');
      assert.bytes(out[1]!, v.sha512, 'sha512Async');
      assert.bytes(out[2]!, v.hmacSha256KeySeed9Len40, 'hmacAsync sha256');
      assert.bytes(out[3]!, v.sha256, 'sha256Async again');
      assert.bytes(out[4]!, v.hmacSha512KeySeed9Len40, 'hmacAsync sha512');
    });
    t.test('hmacAsync on RFC 4231 and with an empty key', async () => {
      for (const v of rfc4231.tests) {
        const tag = await lib.hmacAsync(v.hash as 'sha256', hexToBytes(v.key), hexToBytes(v.data));
        assert.bytes(v.truncatedBits ? tag.subarray(0, v.truncatedBits / 8) : tag, v.tag, `case ${v.case}`);
      }
      const big = pattern(1 << 20, 2);
      assert.bytes(await lib.hmacAsync('sha256', new Uint8Array(0), big), lib.hmac('sha256', new Uint8Array(0), big), 'empty key');
    });
  },
};
