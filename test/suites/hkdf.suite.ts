// HKDF-SHA-256/512 (RFC 5869): the RFC's SHA-256 cases, Wycheproof, inputs larger than the IO window, maximal
// output lengths, expand-only (the protocol's KDF id 9) and the reference implementation's vectors.
import rfc5869 from '../../vectors/rfc/rfc5869.json' with { type: 'json' };
import pinned from '../../vectors/pinned/sha2-lengths.json' with { type: 'json' };
import wp256 from '../../vectors/wycheproof/hkdf_sha256_test.json' with { type: 'json' };
import wp512 from '../../vectors/wycheproof/hkdf_sha512_test.json' with { type: 'json' };
import wickr from '../../vectors/wickr-c/primitives.json' with { type: 'json' };
import { hexToBytes } from '../../src/conformance/hex.ts';
import { wickrPrimitives } from '../../src/conformance/wickr-primitives.ts';
import { wycheproofHkdf } from '../../src/conformance/wycheproof.ts';
import * as assert from '../harness/assert.ts';
import { pattern } from '../harness/data.ts';
import { countingSkips, registerCases, type Suite } from '../harness/suite.ts';

type Hash = 'sha256' | 'sha512';

export const hkdfSuite: Suite = {
  name: 'hkdf',
  register(reg, { lib }) {
    const t = countingSkips(reg, 4, 'hkdf'); // the reference's four HKDF-SHA-384 (kdf_id 7) vectors
    for (const v of rfc5869.tests) {
      t.test(`RFC 5869 ${v.case}`, () => {
        const ikm = hexToBytes(v.ikm), salt = hexToBytes(v.salt), info = hexToBytes(v.info);
        assert.bytes(lib.hkdf('sha256', ikm, salt, info, v.length), v.okm, 'okm');
        // Expand alone from the RFC's PRK gives the same OKM.
        assert.bytes(lib.hkdfExpand('sha256', hexToBytes(v.prk), info, v.length), v.okm, 'expand(prk)');
      });
    }
    t.test('an absent salt equals HashLen zero bytes (RFC 5869 §2.2)', () => {
      const ikm = pattern(22, 11);
      for (const [hash, n] of [['sha256', 32], ['sha512', 64]] as const) {
        assert.bytes(lib.hkdf(hash, ikm, undefined, undefined, 50), lib.hkdf(hash, ikm, new Uint8Array(n), undefined, 50), hash);
        assert.bytes(lib.hkdf(hash, ikm, undefined, undefined, 50), lib.hkdf(hash, ikm, new Uint8Array(0), new Uint8Array(0), 50), hash);
      }
    });
    registerCases(t, lib, wycheproofHkdf.cases(wp256));
    registerCases(t, lib, wycheproofHkdf.cases(wp512));
    for (const v of pinned.hkdf) {
      t.test(`${v.hash} ikm ${v.ikmLength} B, salt ${v.saltLength} B, info ${v.infoLength} B → ${v.length} B`, () => {
        const okm = lib.hkdf(v.hash as Hash, pattern(v.ikmLength, v.ikmSeed), pattern(v.saltLength, v.saltSeed),
          pattern(v.infoLength, v.infoSeed), v.length);
        assert.equal(okm.length, v.length, 'output length');
        assert.bytes(lib.sha256(okm), v.okm_sha256_of_output, 'sha256(okm)');
      });
    }
    t.test('every output length is a prefix of the longest (1 … 255·HashLen)', () => {
      const ikm = pattern(32, 1), salt = pattern(16, 2), info = pattern(8, 3);
      for (const [hash, max] of [['sha256', 8160], ['sha512', 16320]] as const) {
        const full = lib.hkdf(hash, ikm, salt, info, max);
        for (const L of [1, 31, 32, 33, 63, 64, 65, 100, max - 1]) {
          assert.bytes(lib.hkdf(hash, ikm, salt, info, L), full.subarray(0, L), `${hash} L=${L}`);
        }
      }
    });
    registerCases(t, lib, wickrPrimitives.cases(wickr).filter((c) => c.id.startsWith('hkdf[')));
    t.close();
  },
};
