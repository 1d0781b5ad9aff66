// Differential test against @noble/hashes (an independent implementation) on pseudo-random inputs: lengths
// 0…3000 and a few beyond the 256 KiB IO window. Meaningless for the reference engine (noble vs noble), so it
// runs for the kernel and the default path only.
import { hkdf as nobleHkdf } from '@noble/hashes/hkdf.js';
import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import * as assert from '../harness/assert.ts';
import { prng } from '../harness/data.ts';
import type { Suite } from '../harness/suite.ts';

const ROUNDS = 250;

export const differentialSuite: Suite = {
  name: 'differential vs @noble/hashes',
  modes: ['wasm', 'default'],
  register(t, { lib }) {
    for (const seed of [1, 2, 3, 4]) {
      t.test(`sha256/sha512/hmac/hkdf/identifier, ${ROUNDS} random inputs (seed ${seed})`, () => {
        const r = prng(seed);
        for (let i = 0; i < ROUNDS; i++) {
          const n = i < ROUNDS - 2 ? r.int(3001) : 262144 + r.int(70000);
          const data = r.bytes(n), key = r.bytes(r.int(300)), salt = r.bytes(r.int(100)), info = r.bytes(r.int(100));
          const ctx = `seed ${seed} #${i} (data ${n} B, key ${key.length} B)`;
          assert.bytes(lib.sha256(data), nobleSha256(data), `sha256 ${ctx}`);
          assert.bytes(lib.sha512(data), nobleSha512(data), `sha512 ${ctx}`);
          assert.bytes(lib.hmac('sha256', key, data), nobleHmac(nobleSha256, key, data), `hmac256 ${ctx}`);
          assert.bytes(lib.hmac('sha512', key, data), nobleHmac(nobleSha512, key, data), `hmac512 ${ctx}`);
          const L = 1 + r.int(600);
          assert.bytes(lib.hkdf('sha256', data, salt, info, L), nobleHkdf(nobleSha256, data, salt, info, L), `hkdf256 ${ctx}`);
          assert.bytes(lib.hkdf('sha512', key, salt, info, L), nobleHkdf(nobleSha512, key, salt, info, L), `hkdf512 ${ctx}`);
          if (i % 10 === 0) {
            const rounds = 1 + r.int(20);
            let h = data.subarray(0, 200);
            for (let k = 0; k < rounds; k++) h = nobleSha256.create().update(h).update(salt).digest();
            assert.bytes(lib.hashIdentifier(data.subarray(0, 200), salt, rounds), h, `identifier ${ctx} rounds ${rounds}`);
          }
        }
      });
    }
  },
};
