// Salted multi-round identifier hashing, pinned to the definition in spec/api.md with values computed
// independently (Python hashlib; vectors/pinned/identifier-hash.json).
import pinned from '../../vectors/pinned/identifier-hash.json' with { type: 'json' };
import { hexToBytes } from '../../src/conformance/hex.ts';
import * as assert from '../harness/assert.ts';
import { pattern, utf8 } from '../harness/data.ts';
import type { Suite } from '../harness/suite.ts';

type Spec = { utf8?: string; hex?: string; length?: number; seed?: number };
const decode = (s: Spec): Uint8Array =>
  s.utf8 !== undefined ? utf8(s.utf8) : s.hex !== undefined ? hexToBytes(s.hex) : pattern(s.length!, s.seed!);

export const identifierSuite: Suite = {
  name: 'identifier hash',
  register(t, { lib }) {
    for (const v of pinned.cases) {
      t.test(`${v.label} (rounds ${v.rounds})`, () => {
        assert.bytes(lib.hashIdentifier(decode(v.identifier), decode(v.salt), v.rounds), v.expected, v.label);
      });
    }
    t.test('a batch gives the pinned results in input order, identical to single calls', () => {
      const ids = pinned.batch.identifiersUtf8.map(utf8), salt = decode(pinned.batch.salt);
      const out = lib.hashIdentifiers(ids, salt, pinned.batch.rounds);
      assert.equal(out.length, ids.length, 'result count');
      out.forEach((h, i) => assert.bytes(h, pinned.batch.expected[i]!, `identifiers[${i}]`));
      assert.bytes(lib.hashIdentifier(ids[7]!, salt, pinned.batch.rounds), pinned.batch.expected[7]!, 'single call');
    });
    t.test('a batch larger than the IO window (9000 identifiers) is chunked transparently', () => {
      const b = pinned.largeBatch;
      const ids = Array.from({ length: b.count }, (_, i) => {
        const id = new Uint8Array(44);
        id.set(pattern(40, i % 256));
        new DataView(id.buffer).setUint32(40, i);
        return id;
      });
      const out = lib.hashIdentifiers(ids, decode(b.salt), b.rounds);
      const all = new Uint8Array(32 * out.length);
      out.forEach((h, i) => all.set(h, 32 * i));
      assert.bytes(lib.sha256(all), b.sha256OfConcatenatedResults, 'sha256 of all results');
    });
    t.test('a batch mixing an oversized identifier with small ones', () => {
      const big = pattern(300000, 6), salt = decode(pinned.cases[0]!.salt as Spec);
      const want = pinned.cases.find((c) => c.label.includes('4 rounds'))!;
      const out = lib.hashIdentifiers([utf8('alice@example.com'), big, utf8('alice@example.com')], salt, 4);
      assert.bytes(out[1]!, want.expected, 'oversized identifier inside a batch');
      assert.bytes(out[0]!, out[2]!, 'same identifier, same result');
    });
    t.test('an empty batch returns an empty array', () => {
      assert.equal(lib.hashIdentifiers([], new Uint8Array(16), 10).length, 0, 'length');
    });
  },
};
