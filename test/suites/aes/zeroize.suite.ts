// After every AES operation — one-shot, streamed through the IO window, batched, refused — the kernel's memory must
// be exactly that of a fresh instance: no key, key schedule, H power, keystream, counter, plaintext or ciphertext
// left anywhere (IO window or private regions). Runs on the kernel alone.
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';
import { assertPristine } from '../zeroize.suite.ts';

const swallow = (fn: () => unknown) => { try { fn(); } catch { /* the refusal is the point */ } };

export const aesZeroizeSuite: Suite = {
  name: 'aes memory wiping',
  modes: ['wasm', 'scalar'],
  register(t, { lib, testing }) {
    const { aesGcm } = lib;
    const key = pattern(32, 71), iv = pattern(12, 72), aad = pattern(33, 73);
    const small = pattern(100, 74), big = pattern(300_000, 75);
    // Computed on first use: suites register before ready().
    let sealed: { small: Uint8Array; big: Uint8Array } | undefined;
    const get = () => (sealed ??= { small: aesGcm.encrypt(key, iv, small, aad), big: aesGcm.encrypt(key, iv, big, aad) });
    const flip = (b: Uint8Array) => { const c = b.slice(); c[c.length - 1]! ^= 1; return c; };
    const cases: [string, () => unknown][] = [
      ['gcm encrypt', () => aesGcm.encrypt(key, iv, small, aad)],
      ['gcm decrypt', () => aesGcm.decrypt(key, iv, get().small, aad)],
      ['gcm decrypt with a bad tag', () => swallow(() => aesGcm.decrypt(key, iv, flip(get().small), aad))],
      ['gcm with a 60-byte IV', () => aesGcm.encrypt(key, pattern(60, 1), small)],
      ['gcm encrypt streamed through IO', () => aesGcm.encrypt(key, iv, big, aad)],
      ['gcm decrypt streamed through IO', () => aesGcm.decrypt(key, iv, get().big, aad)],
      ['gcm streamed decrypt with a bad tag', () => swallow(() => aesGcm.decrypt(key, iv, flip(get().big), aad))],
      ['gcm with AAD larger than IO', () => aesGcm.encrypt(key, iv, small, big)],
      ['gcm encryptMany', () => aesGcm.encryptMany([{ key, iv, plaintext: small }, { key, iv, plaintext: aad, aad }])],
      ['gcm decryptMany with one bad item', () => swallow(() => aesGcm.decryptMany([{ key, iv, ciphertext: get().small, aad },
        { key, iv, ciphertext: flip(get().small), aad }]))],
      ['ctr', () => lib.aesCtr(key, pattern(16, 76), small)],
      ['ctr streamed through IO', () => lib.aesCtr(key, pattern(16, 76), big)],
      ['ctrMany (key wraps)', () => lib.aesCtrMany([{ key, iv: pattern(16, 1), data: pattern(33, 2) }, { key: pattern(32, 9), iv: pattern(16, 3), data: pattern(33, 4) }])],
      ['cipherResult seal and open', () => lib.cipherResult.open(key, lib.cipherResult.sealGcm(key, small, { iv }))],
    ];
    for (const [name, op] of cases) {
      t.test(`${name} leaves no trace in kernel memory`, async () => {
        op();
        await assertPristine(testing, name);
      });
    }
    t.test('no 8-byte window of the key or of H = AES_K(0) appears in memory after a batch of operations', () => {
      const k = pattern(32, 91), h = lib.aesCtr(k, new Uint8Array(16), new Uint8Array(16));
      aesGcm.encrypt(k, iv, big, aad);
      aesGcm.decrypt(k, iv, aesGcm.encrypt(k, iv, small), undefined);
      lib.aesCtrMany([{ key: k, iv: pattern(16, 5), data: pattern(33, 6) }]);
      const mem = testing.kernelMemory();
      assert.ok(mem !== undefined, 'kernel memory');
      for (const secret of [k, h]) {
        for (let w = 0; w + 8 <= secret.length; w += 8) {
          const needle = secret.subarray(w, w + 8);
          for (let i = 0; i + 8 <= mem.length; i++) {
            if (mem[i] === needle[0] && mem.subarray(i, i + 8).every((b, j) => b === needle[j])) {
              throw new assert.AssertionError(`secret bytes ${w}…${w + 7} found at offset ${i}`);
            }
          }
        }
      }
    });
  },
};
