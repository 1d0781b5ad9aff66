// Differential tests against independent implementations: @noble/ciphers for the sync primitives (every length
// 0…64, then random lengths up to 70 000, random keys, IVs of 8…64 bytes and AAD of 0…100 bytes), and the runtime's
// own WebCrypto for the async path. Meaningless for the reference engine (noble vs noble), so it runs for the kernel
// and the default path only.
import { ctr as nobleCtr, gcm as nobleGcm } from '@noble/ciphers/aes.js';
import * as assert from '../../harness/assert.ts';
import { prng } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';

const subtleOf = () => globalThis.crypto.subtle;
const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export const aesDifferentialSuite: Suite = {
  name: 'aes differential vs @noble/ciphers and WebCrypto',
  modes: ['wasm', 'default', 'scalar'],
  register(t, { lib }) {
    const { aesGcm } = lib;
    t.test('GCM, every length 0…64 with random key, IV and AAD', () => {
      const r = prng(101);
      for (let n = 0; n <= 64; n++) {
        for (const ivLen of [12, 8 + r.int(57)]) {
          const key = r.bytes(32), iv = r.bytes(ivLen), aad = r.bytes(r.int(40)), pt = r.bytes(n);
          const want = nobleGcm(key, iv, aad).encrypt(pt), ctx = `len ${n}, iv ${ivLen} B, aad ${aad.length} B`;
          assert.bytes(aesGcm.encrypt(key, iv, pt, aad), want, `encrypt ${ctx}`);
          assert.bytes(aesGcm.decrypt(key, iv, want, aad), pt, `decrypt ${ctx}`);
        }
      }
    });
    for (const seed of [1, 2, 3]) {
      t.test(`GCM, random lengths up to 70 000 (seed ${seed})`, () => {
        const r = prng(200 + seed);
        for (let i = 0; i < 12; i++) {
          const n = i < 10 ? r.int(70_001) : 65_536 + r.int(5000);
          const key = r.bytes(32), iv = r.bytes(i % 4 === 0 ? 8 + r.int(57) : 12), aad = r.bytes(r.int(101)), pt = r.bytes(n);
          const want = nobleGcm(key, iv, aad).encrypt(pt), ctx = `seed ${seed} #${i} (len ${n}, iv ${iv.length} B)`;
          assert.bytes(aesGcm.encrypt(key, iv, pt, aad), want, `encrypt ${ctx}`);
          assert.bytes(aesGcm.decrypt(key, iv, want, aad), pt, `decrypt ${ctx}`);
        }
      });
    }
    t.test('CTR, every length 0…64 and random lengths, counters near 2^32, 2^64 and 2^128', () => {
      const r = prng(301);
      for (let i = 0; i < 100; i++) {
        const n = i <= 64 ? i : r.int(70_001), key = r.bytes(32), iv = r.bytes(16);
        if (i % 3 === 0) iv.fill(0xff, 16 - [4, 8, 16][i % 9 === 0 ? 2 : i % 2]!); // low 32/64/128 bits near the wrap
        assert.bytes(lib.aesCtr(key, iv, r.bytes(0)), new Uint8Array(0), 'empty');
        const data = r.bytes(n);
        assert.bytes(lib.aesCtr(key, iv, data), nobleCtr(key, iv.slice()).encrypt(data), `#${i} len ${n}`);
      }
    });
    t.test('GCM async path vs WebCrypto (sizes below and above every runtime\'s routing threshold)', async () => {
      const r = prng(401), subtle = subtleOf();
      for (const n of [0, 1, 32, 1000, 4096, 16_384, 65_536, 200_000]) {
        const key = r.bytes(32), iv = r.bytes(12), aad = r.bytes(r.int(30)), pt = r.bytes(n);
        const k = await subtle.importKey('raw', buf(key), 'AES-GCM', false, ['encrypt']);
        const want = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) }, k, buf(pt)));
        assert.bytes(await aesGcm.encryptAsync(key, iv, pt, aad), want, `encryptAsync ${n}`);
        assert.bytes(aesGcm.encrypt(key, iv, pt, aad), want, `encrypt ${n}`);
        assert.bytes(await aesGcm.decryptAsync(key, iv, want, aad), pt, `decryptAsync ${n}`);
      }
    });
    t.test('batches equal single calls on random items', () => {
      const r = prng(501);
      const items = Array.from({ length: 64 }, () => ({ key: r.bytes(32), iv: r.bytes(12), plaintext: r.bytes(r.int(200)), aad: r.bytes(r.int(20)) }));
      const sealed = aesGcm.encryptMany(items);
      items.forEach((it, i) => assert.bytes(sealed[i]!, nobleGcm(it.key, it.iv, it.aad).encrypt(it.plaintext), `gcm item ${i}`));
      const wraps = items.map((it) => ({ key: it.key, iv: r.bytes(16), data: it.plaintext.subarray(0, 33) }));
      lib.aesCtrMany(wraps).forEach((w, i) => assert.bytes(w, nobleCtr(wraps[i]!.key, wraps[i]!.iv.slice()).encrypt(wraps[i]!.data), `ctr item ${i}`));
    });
  },
};
