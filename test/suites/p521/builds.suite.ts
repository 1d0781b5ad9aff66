// The kernel builds multiply P-521 field elements with different code (field-mul.ts: Karatsuba on i64 in the
// scalar build, schoolbook on i64x2.extmul in the SIMD build; i64.mul_wide_u in the wide build, which Bun runs too)
// and must agree byte for byte, in every runtime (each engine compiles the SIMD code its own way). Inputs are
// chosen so the multiplies see edge limbs: coordinates near 0 (limbs 0 and 1) and near p (every limb at 2^29 − 1,
// limb 17 at 2^28 − 1), scalars with extreme bit patterns, the compressed-point square root (519 squarings of one
// value), and verification on edge signatures. Every result is also checked against @noble/curves.
import { p521 as noble } from '@noble/curves/nist.js';
import * as assert from '../../harness/assert.ts';
import type { Lib, Suite } from '../../harness/suite.ts';

const { n: N, p: P, b: B } = noble.Point.CURVE();
const Fp = noble.Point.Fp;
const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** The first `count` curve points with x = start, start + step, … (step ±1): small or near-p coordinates. */
function pointsFrom(start: bigint, step: bigint, count: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let x = start; out.length < count; x += step) {
    const rhs = Fp.add(Fp.sub(Fp.mul(Fp.sqr(x), x), Fp.mul(3n, x)), B);
    let y: bigint;
    try { y = Fp.sqrt(rhs); } catch { continue; }
    if (Fp.sqr(y) !== rhs) continue;
    out.push(noble.Point.fromAffine({ x, y }).toBytes(false));
  }
  return out;
}

const SCALARS: bigint[] = [1n, 2n, 31n, N - 1n, N - 2n, (1n << 520n) - 1n, 1n << 520n, BigInt('0x' + 'f'.repeat(128)),
  BigInt('0x1' + '0'.repeat(128)) + 1n, (N - 1n) / 2n, BigInt('0x' + 'a'.repeat(130)) % N];

/** fn under the SIMD and scalar builds, and under the wide build where the runtime has it (Bun). */
async function underEachBuild<T>(lib: Lib, mode: string, runtime: string, fn: () => T): Promise<[T, T, T | undefined]> {
  const current = lib.engine(), build = lib.kernel();
  try {
    await lib.setEngine('wasm', { native: false, kernel: 'simd' });
    const simd = fn();
    await lib.setEngine('wasm', { native: false, kernel: 'scalar' });
    const scalar = fn();
    if (runtime !== 'bun') return [simd, scalar, undefined];
    await lib.setEngine('wasm', { native: false, kernel: 'wide' });
    return [simd, scalar, fn()];
  } finally {
    await lib.setEngine(current, { native: mode === 'default', kernel: build });
  }
}

export const p521BuildsSuite: Suite = {
  name: 'p521 kernel builds agree',
  modes: ['wasm'],
  register(t, { lib, mode, runtime }) {
    const edgePoints = () => {
      const pts = [...pointsFrom(0n, 1n, 2), ...pointsFrom(P - 1n, -1n, 2)];
      return pts.flatMap((pt) => [pt, noble.Point.fromBytes(pt).negate().toBytes(false)]); // y and p − y
    };
    t.test('ECDH on edge points × edge scalars: SIMD build = scalar build = @noble/curves', async () => {
      const pts = edgePoints();
      const run = () => pts.flatMap((pub) => SCALARS.map((k) => hex(lib.p521.ecdh(be66(k), pub))));
      const [simd, scalar, wide] = await underEachBuild(lib, mode, runtime, run);
      if (wide) assert.equal(wide.join(), simd.join(), 'wide vs simd');
      let i = 0;
      for (const pub of pts) {
        for (const k of SCALARS) {
          const ref = hex(noble.Point.fromBytes(pub).multiply(k).toBytes(true).subarray(1));
          assert.equal(simd[i], ref, `simd ecdh #${i}`);
          assert.equal(scalar[i], ref, `scalar ecdh #${i}`);
          i++;
        }
      }
    });
    t.test('getPublicKey, decompression and deterministic signatures on edge scalars agree', async () => {
      const msg = new TextEncoder().encode('edge limbs');
      const pts = edgePoints();
      const run = () => [
        ...SCALARS.map((k) => hex(lib.p521.getPublicKey(be66(k)))),
        ...SCALARS.map((k) => hex(lib.p521.sign(be66(k), msg, { extraEntropy: false }))),
        ...pts.map((pub) => { const c = new Uint8Array(67); c[0] = 2 | (pub[132]! & 1); c.set(pub.subarray(1, 67), 1); return hex(lib.p521.decodePublicKey(c)); }),
      ];
      const [simd, scalar, wide] = await underEachBuild(lib, mode, runtime, run);
      assert.equal(simd.join(), scalar.join(), 'simd vs scalar');
      if (wide) assert.equal(wide.join(), simd.join(), 'wide vs simd');
      SCALARS.forEach((k, i) => assert.equal(simd[i], hex(noble.getPublicKey(be66(k), false)), `getPublicKey #${i}`));
      SCALARS.forEach((k, i) => assert.equal(simd[SCALARS.length + i],
        hex(noble.sign(msg, be66(k), { prehash: true, lowS: false, extraEntropy: false })), `sign #${i}`));
      pts.forEach((pub, i) => assert.equal(simd[2 * SCALARS.length + i], hex(pub), `decompress #${i}`));
    });
    t.test('verification with edge keys and edge (r, s) agrees, valid and invalid', async () => {
      const msg = new TextEncoder().encode('edge limbs');
      const cases: [Uint8Array, Uint8Array][] = [];
      for (const k of SCALARS) cases.push([lib.p521.getPublicKey(be66(k)), lib.p521.sign(be66(k), msg)]);
      const pub = lib.p521.getPublicKey(be66(5n));
      for (const [r, s] of [[1n, 1n], [N - 1n, N - 1n], [1n, N - 1n], [P - N - 1n, 2n], [(1n << 520n) - 1n, 3n]]) {
        const sig = new Uint8Array(132); sig.set(be66(r!), 0); sig.set(be66(s!), 66);
        cases.push([pub, sig]);
      }
      for (const pt of edgePoints()) cases.push([pt, lib.p521.sign(be66(7n), msg)]);
      const run = () => cases.map(([q, sig]) => lib.p521.verify(q, msg, sig));
      const [simd, scalar, wide] = await underEachBuild(lib, mode, runtime, run);
      assert.equal(simd.join(), scalar.join(), 'simd vs scalar');
      if (wide) assert.equal(wide.join(), simd.join(), 'wide vs simd');
      cases.forEach(([q, sig], i) => assert.equal(simd[i], noble.verify(sig, msg, q, { prehash: true, lowS: false }), `verify #${i}`));
    });
  },
};
