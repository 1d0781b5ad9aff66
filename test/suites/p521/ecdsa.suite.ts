// ECDSA-SHA-512 and ECDH round trips and a differential check against @noble/curves on pseudo-random keys and
// messages (the 1000-key differential against @noble/curves and node:crypto runs in Node: test/tooling/).
// Also: hedged signatures differ but verify, the deterministic form is RFC 6979's, messages larger than the kernel's
// IO window, tampering of every kind returns false and never throws.
import { p521 as noble } from '@noble/curves/nist.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import * as assert from '../../harness/assert.ts';
import { pattern, prng } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';

const { n: N } = noble.Point.CURVE();
const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };
const int = (b: Uint8Array) => BigInt('0x' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''));

export const p521EcdsaSuite: Suite = {
  name: 'p521 ecdsa and ecdh',
  // Both kernel builds: they multiply field elements differently (field-mul.ts), so each is checked on its own.
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(t, { lib, mode }) {
    const ROUNDS = mode === 'reference' ? 4 : 24;
    t.test(`${ROUNDS} random keys and messages agree with @noble/curves (keys, ecdh, RFC 6979 signatures, verify)`, () => {
      const r = prng(0x521);
      for (let i = 0; i < ROUNDS; i++) {
        const d = be66(int(r.bytes(66)) % (N - 1n) + 1n), d2 = be66(int(r.bytes(66)) % (N - 1n) + 1n);
        const msg = r.bytes(r.int(300));
        const pub = lib.p521.getPublicKey(d), pub2 = noble.getPublicKey(d2, false);
        assert.bytes(pub, noble.getPublicKey(d, false), `getPublicKey #${i}`);
        assert.bytes(lib.p521.ecdh(d, pub2), noble.getSharedSecret(d, pub2).subarray(1), `ecdh #${i}`);
        assert.bytes(lib.p521.ecdh(d, noble.getPublicKey(d2, true)), noble.getSharedSecret(d, pub2).subarray(1), `ecdh compressed #${i}`);
        const det = lib.p521.sign(d, msg, { extraEntropy: false });
        assert.bytes(det, noble.sign(msg, d, { prehash: true, lowS: false }), `RFC 6979 signature #${i}`);
        const extra = r.bytes(32);
        assert.bytes(lib.p521.sign(d, msg, { extraEntropy: extra }), noble.sign(msg, d, { prehash: true, lowS: false, extraEntropy: extra }), `hedged with given entropy #${i}`);
        const hedged = lib.p521.sign(d, msg);
        assert.ok(noble.verify(hedged, msg, pub, { prehash: true, lowS: false }), `noble verifies our hedged signature #${i}`);
        assert.ok(lib.p521.verify(pub, msg, det), `verify #${i}`);
        assert.ok(lib.p521.verify(noble.getPublicKey(d, true), msg, det), `verify with a compressed key #${i}`);
        const theirs = noble.sign(msg, d2, { prehash: true, lowS: false, extraEntropy: true });
        assert.ok(lib.p521.verify(pub2, msg, theirs), `verify noble's signature #${i}`);
      }
    });
    t.test('verifyDigest: signatures over SHA-256, SHA-384 and SHA-512 digests made by @noble/curves', () => {
      const r = prng(0xd16e57);
      for (const [name, H] of [['sha256', sha256], ['sha384', sha384], ['sha512', sha512]] as const) {
        for (let i = 0; i < 3; i++) {
          const d = be66(int(r.bytes(66)) % (N - 1n) + 1n), pub = noble.getPublicKey(d, false), digest = H(r.bytes(40));
          const sig = noble.sign(digest, d, { prehash: false, lowS: false });
          assert.ok(lib.p521.verifyDigest(pub, digest, sig), `${name} #${i} valid`);
          const bad = digest.slice(); bad[0]! ^= 1;
          assert.ok(!lib.p521.verifyDigest(pub, bad, sig), `${name} #${i} other digest`);
        }
      }
      const d = be66(99n), msg = pattern(30, 1), sig = lib.p521.sign(d, msg);
      assert.ok(lib.p521.verifyDigest(lib.p521.getPublicKey(d), sha512(msg), sig), 'sign(msg) verifies as verifyDigest(SHA-512(msg))');
    });
    t.test('hedged signatures are fresh each time and all verify; extraEntropy: false is reproducible', () => {
      const d = be66(123456789n), pub = lib.p521.getPublicKey(d), msg = pattern(50, 3);
      const a = lib.p521.sign(d, msg), b = lib.p521.sign(d, msg);
      assert.ok(a.some((x, i) => x !== b[i]), 'two hedged signatures differ');
      assert.ok(lib.p521.verify(pub, msg, a) && lib.p521.verify(pub, msg, b), 'both verify');
      assert.bytes(lib.p521.sign(d, msg, { extraEntropy: false }), lib.p521.sign(d, msg, { extraEntropy: false }), 'deterministic');
    });
    t.test('messages larger than the IO window (300 KB, 1 MiB) sign and verify', () => {
      const d = be66(987654321n), pub = lib.p521.getPublicKey(d);
      for (const len of [300_000, 1 << 20]) {
        const msg = pattern(len, 7);
        const sig = lib.p521.sign(d, msg, { extraEntropy: false });
        assert.bytes(sig, noble.sign(msg, d, { prehash: true, lowS: false }), `sign ${len}`);
        assert.ok(lib.p521.verify(pub, msg, sig), `verify ${len}`);
        msg[len - 1] ^= 1;
        assert.ok(!lib.p521.verify(pub, msg, sig), `tampered ${len}`);
      }
    });
    t.test('tampered signatures, r or s out of range, wrong lengths: false, never a throw', () => {
      const d = be66(42n), pub = lib.p521.getPublicKey(d), msg = pattern(10, 1);
      const sig = lib.p521.sign(d, msg);
      const cases: [string, Uint8Array][] = [];
      for (const i of [0, 1, 33, 65, 66, 67, 100, 131]) { const s = sig.slice(); s[i] ^= 0x01; cases.push([`bit flip at ${i}`, s]); }
      const zeroR = sig.slice(); zeroR.fill(0, 0, 66); cases.push(['r = 0', zeroR]);
      const zeroS = sig.slice(); zeroS.fill(0, 66); cases.push(['s = 0', zeroS]);
      const rN = sig.slice(); rN.set(be66(N), 0); cases.push(['r = n', rN]);
      const sN = sig.slice(); sN.set(be66(N), 66); cases.push(['s = n', sN]);
      const rBig = sig.slice(); rBig.fill(0xff, 0, 66); cases.push(['r = 2^528 − 1', rBig]);
      cases.push(['131 bytes', sig.subarray(0, 131)], ['133 bytes', new Uint8Array([...sig, 0])], ['empty', new Uint8Array(0)]);
      for (const [what, s] of cases) assert.equal(lib.p521.verify(pub, msg, s), false, what);
      assert.equal(lib.p521.verify(lib.p521.getPublicKey(be66(43n)), msg, sig), false, 'another key');
    });
    t.test('(r, n − s) of a valid signature is also valid (no low-s rule, as Wycheproof and the reference)', () => {
      const d = be66(4242n), pub = lib.p521.getPublicKey(d), msg = pattern(20, 2);
      const sig = lib.p521.sign(d, msg);
      const alt = sig.slice(); alt.set(be66(N - int(sig.subarray(66))), 66);
      assert.ok(lib.p521.verify(pub, msg, alt), 'high/low s both verify');
    });
    t.test('verifyAsync and ecdhAsync give the sync answers', async () => {
      const d = be66(77n), pub = lib.p521.getPublicKey(d), msg = pattern(100, 5), sig = lib.p521.sign(d, msg);
      assert.equal(await lib.p521.verifyAsync(pub, msg, sig), true, 'valid');
      const bad = sig.slice(); bad[5] ^= 1;
      assert.equal(await lib.p521.verifyAsync(pub, msg, bad), false, 'invalid');
      assert.equal(await lib.p521.verifyAsync(pub, msg, sig.subarray(1)), false, 'short');
      const pub2 = lib.p521.getPublicKey(be66(78n));
      assert.bytes(await lib.p521.ecdhAsync(d, pub2), lib.p521.ecdh(d, pub2), 'ecdhAsync');
      await assert.rejectsCode(() => lib.p521.verifyAsync(new Uint8Array(133), msg, sig), 'ERR_INVALID_KEY', 'verifyAsync bad key');
    });
    t.test('randomPrivateKey: 66 bytes in [1, n − 1], distinct, usable', () => {
      const seen = new Set<string>();
      for (let i = 0; i < 8; i++) {
        const d = lib.p521.randomPrivateKey();
        assert.equal(d.length, 66, 'length');
        assert.ok(d[0]! <= 1 && int(d) > 0n && int(d) < N, 'range');
        seen.add(Array.from(d).join(','));
      }
      assert.equal(seen.size, 8, 'distinct');
      assert.equal(lib.p521.getPublicKey(lib.p521.randomPrivateKey()).length, 133, 'usable');
    });
  },
};
