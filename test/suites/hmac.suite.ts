// HMAC-SHA-256/512: RFC 4231, Wycheproof, NIST ACVP, key lengths around the block size, long data, and the
// reference implementation's vectors.
import rfc4231 from '../../vectors/rfc/rfc4231.json' with { type: 'json' };
import pinned from '../../vectors/pinned/sha2-lengths.json' with { type: 'json' };
import wp256 from '../../vectors/wycheproof/hmac_sha256_test.json' with { type: 'json' };
import wp512 from '../../vectors/wycheproof/hmac_sha512_test.json' with { type: 'json' };
import acvp256 from '../../vectors/acvp/hmac_sha2_256.json' with { type: 'json' };
import acvp512 from '../../vectors/acvp/hmac_sha2_512.json' with { type: 'json' };
import wickr from '../../vectors/wickr-c/primitives.json' with { type: 'json' };
import { acvpHmac } from '../../src/conformance/acvp.ts';
import { hexToBytes } from '../../src/conformance/hex.ts';
import { wickrPrimitives } from '../../src/conformance/wickr-primitives.ts';
import { wycheproofMac } from '../../src/conformance/wycheproof.ts';
import * as assert from '../harness/assert.ts';
import { pattern } from '../harness/data.ts';
import { countingSkips, registerCases, type Suite } from '../harness/suite.ts';

type Hash = 'sha256' | 'sha512';

export const hmacSuite: Suite = {
  name: 'hmac',
  register(reg, { lib }) {
    const t = countingSkips(reg, 2, 'hmac'); // the reference's two HMAC-SHA-384 vectors
    for (const v of rfc4231.tests) {
      t.test(`RFC 4231 case ${v.case} ${v.hash}`, () => {
        const tag = lib.hmac(v.hash as Hash, hexToBytes(v.key), hexToBytes(v.data));
        assert.bytes(v.truncatedBits ? tag.subarray(0, v.truncatedBits / 8) : tag, v.tag, 'tag');
      });
    }
    registerCases(t, lib, wycheproofMac.cases(wp256));
    registerCases(t, lib, wycheproofMac.cases(wp512));
    registerCases(t, lib, acvpHmac.cases(acvp256));
    registerCases(t, lib, acvpHmac.cases(acvp512));
    for (const v of pinned.hmacKeyLengths) {
      t.test(`${v.hash} key ${v.keyLength} B, data ${v.dataLength} B`, () => {
        assert.bytes(lib.hmac(v.hash as Hash, pattern(v.keyLength, v.keySeed), pattern(v.dataLength, v.dataSeed)), v.tag, 'tag');
      });
    }
    for (const v of pinned.long) {
      t.test(`long data of ${v.length} B`, () => {
        const msg = pattern(v.length, v.seed), key = pattern(40, 9);
        assert.bytes(lib.hmac('sha256', key, msg), v.hmacSha256KeySeed9Len40, 'hmac-sha256');
        assert.bytes(lib.hmac('sha512', key, msg), v.hmacSha512KeySeed9Len40, 'hmac-sha512');
      });
    }
    registerCases(t, lib, wickrPrimitives.cases(wickr).filter((c) => c.id.startsWith('hmac[')));
    t.close();
  },
};
