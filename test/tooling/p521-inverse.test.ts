// The kernel's constant-time inversions (assembly/p521/safegcd.ts: Bernstein–Yang divsteps) against BigInt, in
// both builds that V8 runs (Node only: it compiles a small harness with the pinned AssemblyScript). scInv takes
// canonical scalars (< n), feInv any tight field element (limbs ≤ 2^29 + 2^8, so values up to ≈ 2^522 that are
// not reduced); both must return the canonical inverse (0 for 0), also in place. The shared suites reach both
// through every ECDSA and ECDH vector in all five runtimes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const P = (1n << 521n) - 1n;
const N = 0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n;
const M29 = (1n << 29n) - 1n;
const TIGHT = (1n << 29n) + (1n << 8n);

interface Inverse { invN(r: number, a: number): void; invP(r: number, a: number): void; memory: WebAssembly.Memory }
let dir: string;
const builds: Record<'scalar' | 'simd', Inverse> = {} as never;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'p521-inverse-'));
  for (const [name, flags] of [['scalar', []], ['simd', ['--enable', 'simd']]] as const) {
    const out = join(dir, `${name}.wasm`);
    execFileSync(join(ROOT, 'node_modules/.bin/asc'), [join(ROOT, 'test/tooling/p521-inverse.harness.ts'), '-O3', '--noAssert',
      '--runtime', 'stub', '--use', 'abort=', '--use', 'EPHEMERA_WIDE=0', '--initialMemory', '16', '-o', out, ...flags],
    { cwd: dir, stdio: 'pipe' }); // not the repo: its asconfig.json would apply
    builds[name] = (await WebAssembly.instantiate(readFileSync(out), {})).instance.exports as unknown as Inverse;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Buffers in the last page, above every static region of the harness.
const A = 15 * 65536, R = A + 144;
const toLimbs = (v: bigint) => Array.from({ length: 18 }, (_, i) => (v >> (29n * BigInt(i))) & M29);
const put = (f: Inverse, at: number, limbs: bigint[]) => { const v = new BigUint64Array(f.memory.buffer, at, 18); limbs.forEach((l, i) => { v[i] = l; }); };
const get = (f: Inverse, at: number) => Array.from(new BigUint64Array(f.memory.buffer, at, 18));
const value = (limbs: bigint[]) => limbs.reduce((acc, l, i) => acc + (l << (29n * BigInt(i))), 0n);
const mod = (x: bigint, m: bigint) => ((x % m) + m) % m;
function inverse(a: bigint, m: bigint): bigint { // extended Euclid, independent of the code under test
  let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
  while (r1) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [s0, s1] = [s1, s0 - q * s1]; }
  return r0 === 1n ? mod(s0, m) : 0n;
}
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s; };
}
const random = (r: () => number, bits: number) => { let v = 0n; for (let i = 0; i < bits; i += 32) v = (v << 32n) | BigInt(r()); return v & ((1n << BigInt(bits)) - 1n); };

/** Values < m: small ones, ones next to m and m/2, powers of two and their neighbours, sparse and dense patterns, random. */
function canonicalInputs(m: bigint, seed: number): bigint[] {
  const out = [0n, 1n, 2n, 3n, m - 1n, m - 2n, m - 3n, (m - 1n) / 2n, (m + 1n) / 2n, m / 3n];
  for (let k = 1n; k < 521n; k += 1n) out.push(1n << k, (1n << k) - 1n, (1n << k) + 1n);
  for (let i = 0n; i < 64n; i++) out.push(i * 0x0101010101010101n, m - 1n - (i << 300n));
  const r = rng(seed);
  for (let i = 0; i < 1000; i++) out.push(random(r, 521), random(r, 40 + (i % 480)));
  return out.map((v) => mod(v, m));
}

describe('P-521 inversion (safegcd.ts)', () => {
  for (const name of ['scalar', 'simd'] as const) {
    test(`${name} build: scInv(a)·a ≡ 1 mod n for ${canonicalInputs(N, 1).length} canonical scalars (0 ↦ 0), canonical output, in place too`, () => {
      const f = builds[name];
      let checked = 0;
      for (const a of canonicalInputs(N, 1)) {
        put(f, A, toLimbs(a)); f.invN(R, A);
        const out = get(f, R);
        expect(out.every((l) => l <= M29), `${a.toString(16)}: limbs < 2^29`).toBe(true);
        expect(value(out), `inverse of ${a.toString(16)} mod n`).toBe(inverse(a, N));
        f.invN(A, A); expect(get(f, A), 'r = a').toEqual(out);
        checked++;
      }
      expect(checked).toBe(canonicalInputs(N, 1).length);
    });

    test(`${name} build: feInv on tight, unreduced elements (p ↦ 0, p + 1 ↦ 1, limbs up to 2^29 + 2^8) = the inverse mod p, canonical`, () => {
      const f = builds[name];
      const r = rng(7);
      const inputs: bigint[][] = [toLimbs(P), toLimbs(P + 1n), toLimbs(2n * P), Array(18).fill(TIGHT), Array(18).fill(M29),
        ...canonicalInputs(P, 2).map(toLimbs)];
      for (let i = 0; i < 500; i++) inputs.push(Array.from({ length: 18 }, () => BigInt(r()) % (TIGHT + 1n)));
      let checked = 0;
      for (const limbs of inputs) {
        put(f, A, limbs); f.invP(R, A);
        const out = get(f, R), v = value(out);
        expect(v < P && out.every((l) => l <= M29), 'canonical').toBe(true);
        expect(v, `inverse of ${value(limbs).toString(16)} mod p`).toBe(inverse(value(limbs), P));
        f.invP(A, A); expect(get(f, A), 'r = a').toEqual(out);
        checked++;
      }
      expect(checked).toBe(inputs.length);
    });
  }
});
