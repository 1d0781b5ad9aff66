// SHA-256 / SHA-512: FIPS 180-4 examples, NIST ACVP AFT, every length 0…257 (block and padding edges), inputs of
// 1 MiB and more (across the kernel's 256 KiB IO window), and the reference implementation's digest vectors.
import fips from '../../vectors/rfc/fips180-4.json' with { type: 'json' };
import pinned from '../../vectors/pinned/sha2-lengths.json' with { type: 'json' };
import acvp256 from '../../vectors/acvp/sha2_256_aft.json' with { type: 'json' };
import acvp512 from '../../vectors/acvp/sha2_512_aft.json' with { type: 'json' };
import wickr from '../../vectors/wickr-c/primitives.json' with { type: 'json' };
import { acvpSha2 } from '../../src/conformance/acvp.ts';
import { wickrPrimitives } from '../../src/conformance/wickr-primitives.ts';
import * as assert from '../harness/assert.ts';
import { pattern, utf8 } from '../harness/data.ts';
import { countingSkips, registerCases, type Suite } from '../harness/suite.ts';

export const sha2Suite: Suite = {
  name: 'sha2',
  register(reg, { lib }) {
    // SHA-384 entries of the reference's digest vectors are outside the protocol profile.
    const t = countingSkips(reg, 6, 'sha2');
    for (const v of fips.tests) {
      t.test(`FIPS 180-4 ${v.hash} ${v.note}`, () => {
        const msg = utf8(v.ascii.repeat(v.repeat));
        assert.bytes(lib[v.hash as 'sha256' | 'sha512'](msg), v.digest, v.note);
      });
    }
    registerCases(t, lib, acvpSha2.cases(acvp256));
    registerCases(t, lib, acvpSha2.cases(acvp512));
    for (const v of pinned.lengths) {
      t.test(`length ${v.length}`, () => {
        const msg = pattern(v.length, 1);
        assert.bytes(lib.sha256(msg), v.sha256, `sha256 of ${v.length} B`);
        assert.bytes(lib.sha512(msg), v.sha512, `sha512 of ${v.length} B`);
      });
    }
    for (const v of pinned.long) {
      t.test(`long input of ${v.length} B`, () => {
        const msg = pattern(v.length, v.seed);
        assert.bytes(lib.sha256(msg), v.sha256, 'sha256');
        assert.bytes(lib.sha512(msg), v.sha512, 'sha512');
      });
    }
    t.test('a subarray view hashes only its own bytes', () => {
      const backing = pattern(300, 1);
      const view = backing.subarray(37, 37 + 100);
      assert.bytes(lib.sha256(view), lib.sha256(view.slice()), 'view vs copy');
    });
    t.test('the input is not modified and the output is a fresh array', () => {
      const msg = pattern(1000, 3), before = msg.slice();
      const a = lib.sha256(msg), b = lib.sha256(msg);
      assert.bytes(msg, before, 'input after hashing');
      assert.ok(a !== b && a.buffer !== b.buffer, 'two calls share an output buffer');
      a.fill(0);
      assert.bytes(lib.sha256(msg), b, 'output after mutating a previous result');
    });
    registerCases(t, lib, wickrPrimitives.cases(wickr).filter((c) => c.id.startsWith('digest[')));
    t.close();
  },
};
