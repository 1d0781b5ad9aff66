// The key-exchange fan-out (wire-format §7.2): deriveWrapKeys must equal, recipient by recipient, ECDH followed by
// HKDF (SHA-256 for v2/v3, SHA-512 for v4, no salt, L = 32) computed with the separate primitives; invalid
// recipient keys are reported by index; batches larger than the kernel's IO window are chunked transparently.
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';

const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };

export const p521FanoutSuite: Suite = {
  name: 'p521 fan-out',
  // Both kernel builds: they multiply field elements differently (field-mul.ts), so each is checked on its own.
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(t, { lib, mode }) {
    const sender = be66(0xabcdefn);
    const recipients = (n: number, from = 1) => Array.from({ length: n }, (_, i) => lib.p521.getPublicKey(be66(BigInt(1000 + from + i))));
    for (const [version, hash] of [[2, 'sha256'], [3, 'sha256'], [4, 'sha512']] as const) {
      t.test(`v${version}: deriveWrapKeys = ecdh → hkdf-${hash} per recipient (info as the version defines)`, () => {
        const pubs = recipients(5), senderRoot = pattern(134, 1);
        const infos = pubs.map((_, i) => version === 2 ? pattern(32, 10 + i)
          : new Uint8Array([...senderRoot, ...pattern(134, 20 + i), ...pattern(32, 10 + i)]));
        const keys = lib.p521.deriveWrapKeys(sender, pubs, infos, hash);
        assert.equal(keys.length, 5, 'one key per recipient');
        pubs.forEach((pub, i) => {
          const ss = lib.p521.ecdh(sender, pub);
          assert.bytes(keys[i]!, lib.hkdf(hash, ss, undefined, infos[i], 32), `recipient ${i}`);
        });
      });
    }
    t.test('compressed recipient keys and an empty batch', () => {
      const full = recipients(2, 50);
      const comp = full.map((p) => { const c = new Uint8Array(67); c[0] = 2 | (p[132]! & 1); c.set(p.subarray(1, 67), 1); return c; });
      const info = [pattern(8, 1), pattern(8, 2)];
      assert.bytes(lib.p521.deriveWrapKeys(sender, comp, info, 'sha512')[1]!, lib.p521.deriveWrapKeys(sender, full, info, 'sha512')[1]!, 'same keys');
      assert.equal(lib.p521.deriveWrapKeys(sender, [], [], 'sha256').length, 0, 'empty');
    });
    t.test('invalid recipient keys are reported by index; the others still get their keys', () => {
      const pubs = recipients(4, 60);
      const off = pubs[1]!.slice(); off[100] ^= 1;
      const bad = [pubs[0]!, off, pubs[2]!, new Uint8Array(133)];
      const infos = bad.map((_, i) => pattern(16, i));
      assert.throwsCode(() => lib.p521.deriveWrapKeys(sender, bad, infos, 'sha256'), 'ERR_INVALID_KEY', 'throws', 'publicKeys[1], publicKeys[3]');
      const r = lib.p521.deriveWrapKeysReport(sender, bad, infos, 'sha256');
      assert.equal(r.invalid.join(','), '1,3', 'invalid indices');
      assert.bytes(r.keys[2]!, lib.hkdf('sha256', lib.p521.ecdh(sender, pubs[2]!), undefined, infos[2], 32), 'valid neighbour');
      assert.bytes(r.keys[1]!, new Uint8Array(32), 'invalid → zero key');
    });
    if (mode !== 'reference') {
      t.test('invalid keys at the kernel\'s batch edges and a batch with no valid key: every other recipient keyed', () => {
        // The kernel inverts the Z coordinates of 16 recipients at a time (fanout.ts): indices 0, 15, 16, 31 sit at
        // batch edges, and 32…47 fill a whole batch with invalid keys.
        const pubs = recipients(50, 400);
        const invalid = new Set([0, 15, 16, 31, ...Array.from({ length: 16 }, (_, i) => 32 + i)]);
        const given = pubs.map((p, i) => { if (!invalid.has(i)) return p; const off = p.slice(); off[100] ^= 1; return off; });
        const infos = pubs.map((_, i) => pattern(24, i));
        const r = lib.p521.deriveWrapKeysReport(sender, given, infos, 'sha512');
        assert.equal(r.invalid.join(','), [...invalid].join(','), 'invalid indices');
        pubs.forEach((pub, i) => assert.bytes(r.keys[i]!, invalid.has(i) ? new Uint8Array(32)
          : lib.hkdf('sha512', lib.p521.ecdh(sender, pub), undefined, infos[i], 32), `recipient ${i}`));
      });
      t.test('250 recipients with 1 KiB infos: more than one IO window, chunked, same keys as one by one', () => {
        const pubs = recipients(250, 100), infos = pubs.map((_, i) => pattern(1024, i));
        const keys = lib.p521.deriveWrapKeys(sender, pubs, infos, 'sha512');
        for (const i of [0, 1, 150, 216, 217, 218, 249]) {
          assert.bytes(keys[i]!, lib.hkdf('sha512', lib.p521.ecdh(sender, pubs[i]!), undefined, infos[i], 32), `recipient ${i}`);
        }
      });
    }
  },
};
