// P-521 conformance vectors in every runtime: the five Wycheproof secp521r1 files (ECDH in SPKI, raw point and
// JWK encodings; ECDSA SHA-512 in DER and P1363), NIST ACVP ECDSA P-521/SHA2-512 (key validation, SigVer, SigGen,
// RFC 6979 deterministic SigGen) and the reference implementation's primitives.json EC sections.
// The reference engine (@noble, ≈ 60 ECDH/s) runs a fixed tenth of each Wycheproof file (every 10th case, by
// position: the same cases in every runtime); the differential suites tie the two engines together on the rest.
import wpEcdh from '../../../vectors/wycheproof/ecdh_secp521r1_test.json' with { type: 'json' };
import wpEcdhPoint from '../../../vectors/wycheproof/ecdh_secp521r1_ecpoint_test.json' with { type: 'json' };
import wpEcdhJwk from '../../../vectors/wycheproof/ecdh_secp521r1_webcrypto_test.json' with { type: 'json' };
import wpEcdsa from '../../../vectors/wycheproof/ecdsa_secp521r1_sha512_test.json' with { type: 'json' };
import wpEcdsaP1363 from '../../../vectors/wycheproof/ecdsa_secp521r1_sha512_p1363_test.json' with { type: 'json' };
import keyver from '../../../vectors/acvp/ecdsa_p521_keyver.json' with { type: 'json' };
import sigver from '../../../vectors/acvp/ecdsa_p521_sha512_sigver.json' with { type: 'json' };
import siggen from '../../../vectors/acvp/ecdsa_p521_sha512_siggen.json' with { type: 'json' };
import detsiggen from '../../../vectors/acvp/ecdsa_p521_sha512_detsiggen.json' with { type: 'json' };
import wickr from '../../../vectors/wickr-c/primitives.json' with { type: 'json' };
import { P521_RECOGNIZERS } from '../../../src/conformance/p521.ts';
import { wickrPrimitives } from '../../../src/conformance/wickr-primitives.ts';
import type { VectorCase } from '../../../src/conformance/types.ts';
import * as assert from '../../harness/assert.ts';
import { countingSkips, registerCases, type Suite } from '../../harness/suite.ts';

const WYCHEPROOF: [string, unknown, number][] = [
  ['ecdh_secp521r1_test', wpEcdh, 916], ['ecdh_secp521r1_ecpoint_test', wpEcdhPoint, 661],
  ['ecdh_secp521r1_webcrypto_test', wpEcdhJwk, 655], ['ecdsa_secp521r1_sha512_test', wpEcdsa, 542],
  ['ecdsa_secp521r1_sha512_p1363_test', wpEcdsaP1363, 318],
];
const ACVP: [string, unknown][] = [['keyver', keyver], ['sigver', sigver], ['siggen', siggen], ['detsiggen', detsiggen]];
const REFERENCE_STRIDE = 10;

function casesOf(json: unknown): VectorCase[] {
  const r = P521_RECOGNIZERS.find((x) => x.matches(json));
  if (!r) throw new Error('no P-521 recognizer matched');
  return r.cases(json);
}

export const p521VectorsSuite: Suite = {
  name: 'p521 vectors',
  // Both kernel builds: they multiply field elements differently (field-mul.ts), so each is checked on its own.
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(reg, { lib, mode }) {
    // No skips: every Wycheproof, ACVP and primitives.json case runs (SHA-256/384 entries through verifyDigest).
    const t = countingSkips(reg, 0, 'p521 vectors');
    for (const [name, json, count] of WYCHEPROOF) {
      const all = casesOf(json);
      t.test(`${name}: recognized by schema, ${count} cases, none skipped`, () => {
        assert.equal(all.length, count, 'case count');
        assert.equal(all.filter((c) => c.skip !== undefined).length, 0, 'skipped cases');
      });
      const cases = mode === 'reference' ? all.filter((_, i) => i % REFERENCE_STRIDE === 0) : all;
      registerCases(t, lib, cases.map((c) => ({ ...c, id: `${name} ${c.id}` })));
    }
    for (const [name, json] of ACVP) registerCases(t, lib, casesOf(json).map((c) => ({ ...c, id: `ACVP ${name} ${c.id}` })));
    const sections = /^(ec_keys|ec_pub_import|ecdh|ecdsa)\[/;
    registerCases(t, lib, wickrPrimitives.cases(wickr).filter((c) => sections.test(c.id)).map((c) => ({ ...c, id: `primitives.json ${c.id}` })));
    t.close();
  },
};
