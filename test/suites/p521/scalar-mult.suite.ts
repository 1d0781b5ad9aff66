// Scalar multiplication on edge scalars and edge points, against @noble/curves (an independent implementation):
// 0 and n rejected, 1, 2, n − 1, n − 2, (n ± 1)/2, values near 2^520 and 2^521, all-ones low bits; public points
// with small x and small y; compressed points; and every way a public key can be invalid.
import { p521 as noble } from '@noble/curves/nist.js';
import * as assert from '../../harness/assert.ts';
import { prng } from '../../harness/data.ts';
import type { Suite } from '../../harness/suite.ts';

const { n: N, p: P } = noble.Point.CURVE();
const Fp = noble.Point.Fp;
const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };

const EDGE_SCALARS: [string, bigint][] = [
  ['1', 1n], ['2', 2n], ['3', 3n], ['31', 31n], ['32', 32n], ['33', 33n], ['n − 1', N - 1n], ['n − 2', N - 2n],
  ['(n − 1)/2', (N - 1n) / 2n], ['(n + 1)/2', (N + 1n) / 2n], ['2^520', 1n << 520n], ['2^520 − 1', (1n << 520n) - 1n],
  ['2^520 + 1', (1n << 520n) + 1n], ['2^519', 1n << 519n], ['2^260', 1n << 260n], ['n − 2^260', N - (1n << 260n)],
  ['low 64 bits set', (1n << 64n) - 1n], ['alternating bits', BigInt('0x' + '5'.repeat(130)) % N],
];
const OUT_OF_RANGE: [string, bigint][] = [
  ['0', 0n], ['n', N], ['n + 1', N + 1n], ['2^521 − 1', (1n << 521n) - 1n], ['2^521 − 3 (≥ n)', (1n << 521n) - 3n],
];

/** Points with small coordinates: the first x = 0, 1, 2, … on the curve, and a point with small y found the same way. */
function smallXPoints(count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  const b = noble.Point.CURVE().b;
  for (let x = 0n; out.length < count; x++) {
    const rhs = Fp.add(Fp.sub(Fp.mul(Fp.sqr(x), x), Fp.mul(3n, x)), b);
    let y: bigint;
    try { y = Fp.sqrt(rhs); } catch { continue; }
    if (Fp.sqr(y) !== rhs) continue;
    out.push(noble.Point.fromAffine({ x, y }).toBytes(false));
  }
  return out;
}

export const p521ScalarMultSuite: Suite = {
  name: 'p521 scalar multiplication',
  // Both kernel builds: they multiply field elements differently (field-mul.ts), so each is checked on its own.
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(t, { lib }) {
    const peer = noble.getPublicKey(be66(0x1234567890abcdefn), false);
    for (const [name, k] of EDGE_SCALARS) {
      t.test(`k = ${name}: getPublicKey and ecdh equal @noble/curves`, () => {
        const d = be66(k);
        assert.bytes(lib.p521.getPublicKey(d), noble.Point.BASE.multiply(k).toBytes(false), 'k·G');
        assert.bytes(lib.p521.ecdh(d, peer), noble.Point.fromBytes(peer).multiply(k).toBytes(true).subarray(1), 'x(k·Q)');
      });
    }
    t.test('k = n − 1 gives −G: same x as G, y = p − Gy', () => {
      const pub = lib.p521.getPublicKey(be66(N - 1n)), g = noble.Point.BASE.toAffine();
      assert.bytes(pub.subarray(1, 67), be66(g.x), 'x');
      assert.bytes(pub.subarray(67), be66(P - g.y), 'y');
    });
    for (const [name, k] of OUT_OF_RANGE) {
      t.test(`k = ${name} is rejected with ERR_INVALID_KEY everywhere`, () => {
        const d = be66(k & ((1n << 528n) - 1n));
        assert.throwsCode(() => lib.p521.getPublicKey(d), 'ERR_INVALID_KEY', 'getPublicKey');
        assert.throwsCode(() => lib.p521.ecdh(d, peer), 'ERR_INVALID_KEY', 'ecdh');
        assert.throwsCode(() => lib.p521.sign(d, new Uint8Array(1)), 'ERR_INVALID_KEY', 'sign');
        assert.throwsCode(() => lib.p521.deriveWrapKeys(d, [peer], [new Uint8Array(0)], 'sha256'), 'ERR_INVALID_KEY', 'deriveWrapKeys');
      });
    }
    t.test('66-byte scalars above 2^521 (top byte ≥ 2) are rejected', () => {
      const d = new Uint8Array(66).fill(0xff);
      assert.throwsCode(() => lib.p521.getPublicKey(d), 'ERR_INVALID_KEY', 'all ones');
      d.fill(0); d[0] = 2;
      assert.throwsCode(() => lib.p521.ecdh(d, peer), 'ERR_INVALID_KEY', '2^528');
    });
    t.test('public points with small x (x = 0, 1, …) and their negations, uncompressed and compressed', () => {
      const r = prng(521);
      for (const pt of smallXPoints(4)) {
        const q = noble.Point.fromBytes(pt);
        for (const pub of [pt, q.negate().toBytes(false), q.toBytes(true), q.negate().toBytes(true)]) {
          const k = BigInt('0x' + Array.from(r.bytes(65), (x) => x.toString(16).padStart(2, '0')).join('')) % N || 1n;
          assert.bytes(lib.p521.ecdh(be66(k), pub), noble.Point.fromBytes(pub).multiply(k).toBytes(true).subarray(1), `x(k·Q) Q.x=${q.x}`);
          assert.bytes(lib.p521.decodePublicKey(pub), noble.Point.fromBytes(pub).toBytes(false), 'decodePublicKey');
        }
      }
    });
    t.test('compressed points: the parity bit selects between Q and −Q', () => {
      const q = noble.Point.BASE.multiply(5n);
      const flipped = q.toBytes(true); flipped[0] ^= 1;
      assert.bytes(lib.p521.decodePublicKey(flipped), q.negate().toBytes(false), 'parity selects −Q');
    });
    t.test('invalid public keys: off the curve, coordinate ≥ p, bad prefix, x with no square root, infinity', () => {
      const d = be66(7n), good = noble.Point.BASE.multiply(9n).toBytes(false);
      const off = good.slice(); off[132] ^= 1;
      const bigX = good.slice(); bigX.set(be66(P), 1);
      const bigXmod = good.slice(); // x + p, same residue: must still be rejected (range check)
      const gx = noble.Point.BASE.multiply(9n).toAffine();
      if (gx.x + P < 1n << 528n) bigXmod.set(be66(gx.x + P), 1);
      const prefix = good.slice(); prefix[0] = 0x06;
      let nonResidue = 1n;
      const b = noble.Point.CURVE().b;
      for (;; nonResidue++) {
        const rhs = Fp.add(Fp.sub(Fp.mul(Fp.sqr(nonResidue), nonResidue), Fp.mul(3n, nonResidue)), b);
        let ok = false;
        try { ok = Fp.sqr(Fp.sqrt(rhs)) === rhs; } catch { ok = false; }
        if (!ok) break;
      }
      const comp = new Uint8Array(67); comp[0] = 2; comp.set(be66(nonResidue), 1);
      const compBig = new Uint8Array(67); compBig[0] = 3; compBig.set(be66(P), 1);
      const zero = new Uint8Array(133); zero[0] = 4;
      for (const [what, pub] of [['off curve', off], ['x = p', bigX], ['x + p', bigXmod], ['prefix 06', prefix],
        ['compressed non-residue x', comp], ['compressed x = p', compBig], ['(0, 0)', zero]] as const) {
        assert.throwsCode(() => lib.p521.ecdh(d, pub), 'ERR_INVALID_KEY', `ecdh ${what}`);
        assert.throwsCode(() => lib.p521.decodePublicKey(pub), 'ERR_INVALID_KEY', `decodePublicKey ${what}`);
        assert.throwsCode(() => lib.p521.verify(pub, new Uint8Array(1), new Uint8Array(132)), 'ERR_INVALID_KEY', `verify ${what}`);
      }
      assert.throwsCode(() => lib.p521.ecdh(d, new Uint8Array([0])), 'ERR_INVALID_ARGUMENT', 'ecdh infinity (00)');
    });
  },
};
