// After every P-521 operation, refused ones included, the kernel's memory must equal a fresh instance's: no
// private key, nonce, DRBG state, shared secret or intermediate point is left behind (architecture §1.6).
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';
import { assertPristine } from '../zeroize.suite.ts';

const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };

export const p521ZeroizeSuite: Suite = {
  name: 'p521 memory wiping',
  modes: ['wasm', 'scalar'],
  register(t, { lib, testing }) {
    const d = be66(0x5eed5eed5eedn), d2 = be66(0xfeedn);
    const pub2 = () => lib.p521.getPublicKey(d2);
    const msg = pattern(1000, 4), big = pattern(300_000, 5);
    const cases: [string, () => unknown][] = [
      ['getPublicKey', () => lib.p521.getPublicKey(d)],
      ['ecdh', () => lib.p521.ecdh(d, pub2())],
      ['ecdh with a compressed key', () => { const p = pub2(); const c = new Uint8Array(67); c[0] = 2 | (p[132]! & 1); c.set(p.subarray(1, 67), 1); return lib.p521.ecdh(d, c); }],
      ['sign (hedged)', () => lib.p521.sign(d, msg)],
      ['sign (RFC 6979) of a message larger than the IO window', () => lib.p521.sign(d, big, { extraEntropy: false })],
      ['verify', () => lib.p521.verify(pub2(), msg, lib.p521.sign(d2, msg))],
      ['deriveWrapKeys', () => lib.p521.deriveWrapKeys(d, [pub2(), lib.p521.getPublicKey(d)], [pattern(300, 1), pattern(32, 2)], 'sha512')],
      ['deriveWrapKeysReport with an invalid recipient', () => lib.p521.deriveWrapKeysReport(d, [new Uint8Array(133), pub2()], [pattern(3, 1), pattern(3, 2)], 'sha256')],
      ['randomPrivateKey', () => lib.p521.randomPrivateKey()],
      ['decodePublicKey (compressed)', () => { const p = pub2(); const c = new Uint8Array(67); c[0] = 3 - (p[132]! & 1); c.set(p.subarray(1, 67), 1); return lib.p521.decodePublicKey(c); }],
      ['encodePrivateKey / decodePrivateKey', () => lib.p521Wire.decodePrivateKey(lib.p521Wire.encodePrivateKey(d))],
      ['a refused ecdh (off-curve key)', () => { const p = pub2(); p[70] ^= 1; try { lib.p521.ecdh(d, p); } catch { /* expected */ } }],
      ['a refused sign (scalar = n)', () => { try { lib.p521.sign(new Uint8Array(66).fill(0xff), msg); } catch { /* expected */ } }],
    ];
    for (const [name, op] of cases) {
      t.test(`${name} leaves no trace in kernel memory`, async () => {
        op();
        await assertPristine(testing, `p521 ${name}`);
      });
    }
    t.test('positive control: a single leftover byte is detected', async () => {
      const mem = testing.kernelMemory()!;
      const at = mem.length - 1; // last byte of linear memory (beyond every region: zero in a fresh kernel)
      mem[at] = 0x5a;
      let caught = false;
      try { await assertPristine(testing, 'control'); } catch { caught = true; } finally { mem[at] = 0; }
      assert.ok(caught, 'assertPristine did not notice a modified byte');
    });
  },
};
