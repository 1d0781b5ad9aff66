// The P-521 field multiply of both kernel builds on edge limbs (Node only: it compiles a small harness with the
// pinned AssemblyScript). assembly/p521/field-mul.ts has two multiplies — Karatsuba on i64 (scalar build) and
// schoolbook on i64x2.extmul (SIMD build) — whose column sums are the same integers, so their outputs must be
// identical limb for limb, equal to feSqr's for a = b, congruent to a·b mod p and tight, for inputs anywhere in the
// documented multiply-input range (every limb ≤ 1.33·2^29). The shared suites (p521 kernel builds agree) compare
// the two builds on edge points in every runtime.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a build script without type declarations
import { linkWideBinary } from '../../scripts/gen/p521-wide.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const P = (1n << 521n) - 1n;
const LIMB_MAX = 714_038_312n; // ⌊1.33·2^29⌋: the multiply-input bound of field.ts
const TIGHT = (1n << 29n) + (1n << 8n);
const M29 = (1n << 29n) - 1n;

interface Field {
  mul(r: number, a: number, b: number): void; sqr(r: number, a: number): void;
  linear(op: number, r: number, a: number, b: number, c: number): void; memory: WebAssembly.Memory;
}
let dir: string;
const builds: Record<'scalar' | 'simd', Field> = {} as never; // the wide harness runs in Bun only

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'p521-field-'));
  for (const [name, flags] of [['scalar', []], ['simd', ['--enable', 'simd']], ['wide', []]] as const) {
    const out = join(dir, `${name}.wasm`);
    execFileSync(join(ROOT, 'node_modules/.bin/asc'), [join(ROOT, 'test/tooling/p521-field.harness.ts'), '-O3', '--noAssert',
      '--runtime', 'stub', '--use', 'abort=', '--use', `EPHEMERA_WIDE=${name === 'wide' ? 1 : 0}`, '--initialMemory', '16',
      '-o', out, ...flags], { cwd: dir, stdio: 'pipe' }); // not the repo: its asconfig.json would apply
    if (name === 'wide') { // linked as scripts/build.mjs links the kernel; only Bun can run it (see below)
      writeFileSync(out, linkWideBinary(binaryen, readFileSync(out)));
      continue;
    }
    builds[name] = (await WebAssembly.instantiate(readFileSync(out), {})).instance.exports as unknown as Field;
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Buffers in the last page, above every static region of the harness.
const A = 15 * 65536, B = A + 144, R = A + 288;
const put = (f: Field, at: number, limbs: bigint[]) => { const v = new BigUint64Array(f.memory.buffer, at, 18); limbs.forEach((l, i) => { v[i] = l; }); };
const get = (f: Field, at: number) => Array.from(new BigUint64Array(f.memory.buffer, at, 18));
const value = (limbs: bigint[]) => limbs.reduce((acc, l, i) => acc + (l << (29n * BigInt(i))), 0n);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s; };
}

/** Edge inputs: each a list of 18 limbs within the multiply-input bound. */
function edgeInputs(): [string, bigint[]][] {
  const fill = (v: bigint) => Array<bigint>(18).fill(v);
  const r = rng(521), rand = (max: bigint) => BigInt(r()) * BigInt(r()) % (max + 1n);
  const cases: [string, bigint[]][] = [
    ['zero', fill(0n)], ['one', [1n, ...fill(0n).slice(1)]], ['all limbs 2^29 − 1', fill(M29)],
    ['p (limb 17 = 2^28 − 1)', [...fill(M29).slice(1), (1n << 28n) - 1n]], ['all limbs tight max', fill(TIGHT)],
    ['all limbs at the input bound', fill(LIMB_MAX)], ['alternating bound / 0', fill(0n).map((_, i) => (i & 1 ? 0n : LIMB_MAX))],
    ['top limb only', [...fill(0n).slice(1), LIMB_MAX]], ['bottom limb only', [LIMB_MAX, ...fill(0n).slice(1)]],
  ];
  for (let i = 0; i < 40; i++) cases.push([`random #${i}`, fill(0n).map(() => rand(i < 20 ? M29 : LIMB_MAX))]);
  return cases;
}

describe('P-521 field multiply: scalar build vs SIMD build', () => {
  const inputs = edgeInputs();
  test(`${inputs.length}² products: identical limbs, = feSqr on the diagonal, ≡ a·b mod p, tight`, () => {
    let checked = 0, squared = 0;
    for (const [na, a] of inputs) {
      for (const [nb, b] of inputs) {
        const out: Record<string, bigint[]> = {};
        for (const name of ['scalar', 'simd'] as const) {
          const f = builds[name];
          put(f, A, a); put(f, B, b); f.mul(R, A, B); out[name] = get(f, R);
        }
        expect(out.simd, `${na} × ${nb}`).toEqual(out.scalar);
        const r = out.scalar!;
        expect(value(r) % P, `${na} × ${nb} mod p`).toBe((value(a) * value(b)) % P);
        expect(r.every((l) => l <= TIGHT), `${na} × ${nb} tight`).toBe(true);
        checked++;
      }
      const sq: Record<string, bigint[]> = {};
      for (const name of ['scalar', 'simd'] as const) {
        const f = builds[name];
        put(f, A, a); f.mul(R, A, A); const viaMul = get(f, R);
        f.sqr(R, A); sq[name] = get(f, R);
        expect(sq[name], `${name}: ${na}² via feSqr and feMul`).toEqual(viaMul);
      }
      expect(sq.simd, `${na}²: feSqrSimd vs feSqrScalar`).toEqual(sq.scalar);
      squared++;
    }
    expect(checked).toBe(inputs.length ** 2);
    expect(squared).toBe(inputs.length);
  });

  test('square: feSqrSimd = feSqrScalar on every one- and two-limb input at the bound, and 400 random inputs', () => {
    // feSqrSimd places each a_i·a_j in its column by a different route than feSqrScalar (rows of T2 = 2a / T4 = 4a,
    // squares at extraction): one- and two-limb inputs isolate every a_i² and every cross product a_i·a_j.
    const cases: bigint[][] = [];
    for (let i = 0; i < 18; i++) {
      for (let j = i; j < 18; j++) { const l = Array<bigint>(18).fill(0n); l[i] = LIMB_MAX; l[j] = LIMB_MAX - BigInt(j); cases.push(l); }
    }
    const r = rng(2521), rand = (max: bigint) => BigInt(r()) * BigInt(r()) % (max + 1n);
    for (let n = 0; n < 400; n++) cases.push(Array.from({ length: 18 }, () => rand(n < 200 ? M29 : LIMB_MAX)));
    for (const a of cases) {
      const out: Record<string, bigint[]> = {};
      for (const name of ['scalar', 'simd'] as const) {
        const f = builds[name];
        put(f, A, a); f.sqr(R, A); out[name] = get(f, R);
        f.sqr(A, A); expect(get(f, A), `${name} r = a`).toEqual(out[name]);
      }
      expect(out.simd, `${a.join(',')}²`).toEqual(out.scalar);
      expect(value(out.scalar!) % P).toBe((value(a) * value(a)) % P);
      expect(out.scalar!.every((l) => l <= TIGHT)).toBe(true);
    }
    expect(cases.length).toBe(171 + 400);
  });

  test('linear operations: SIMD build = scalar build limb for limb on tight inputs, correct mod p, tight, r = a', () => {
    // The SIMD build computes feAdd … feMul3Sub two limbs per i64x2 with the same u64 limb sums and carry pass.
    const C = A + 432;
    const ops: [string, (a: bigint, b: bigint, c: bigint) => bigint][] = [
      ['add', (a, b) => a + b], ['sub', (a, b) => a - b], ['neg', (a) => -a], ['sub3', (a, b) => 3n * (a - b)],
      ['subSub', (a, b, c) => a - b - c], ['subMul8', (a, b) => a - 8n * b], ['mul4Sub', (a, b) => 4n * a - b],
      ['mul3Sub', (a, b) => 3n * a - b],
    ];
    const r = rng(3521), rand = () => BigInt(r()) * BigInt(r()) % (TIGHT + 1n);
    const fill = (v: bigint) => Array<bigint>(18).fill(v);
    const tight: bigint[][] = [fill(0n), fill(TIGHT), fill(M29), [...fill(M29).slice(1), (1n << 28n) - 1n], [TIGHT, ...fill(0n).slice(1)],
      [...fill(0n).slice(1), TIGHT]];
    for (let n = 0; n < 60; n++) tight.push(Array.from({ length: 18 }, rand));
    let checked = 0;
    for (const [op, f] of ops.entries()) {
      for (let n = 0; n < tight.length; n++) {
        const a = tight[n]!, b = tight[(n * 7 + 1) % tight.length]!, c = tight[(n * 13 + 2) % tight.length]!;
        const out: Record<string, bigint[]> = {};
        for (const name of ['scalar', 'simd'] as const) {
          const m = builds[name];
          put(m, A, a); put(m, B, b); put(m, C, c); m.linear(op, R, A, B, C); out[name] = get(m, R);
          m.linear(op, A, A, B, C); expect(get(m, A), `${name} ${f[0]} r = a`).toEqual(out[name]);
        }
        expect(out.simd, `${f[0]} #${n}`).toEqual(out.scalar);
        const want = ((f[1](value(a), value(b), value(c)) % P) + P) % P;
        expect(value(out.scalar!) % P, `${f[0]} #${n} mod p`).toBe(want);
        expect(out.scalar!.every((l) => l <= TIGHT), `${f[0]} #${n} tight`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(8 * tight.length);
  });

  test('aliasing: r = a and r = b give the same limbs as a separate output', () => {
    const [, a] = inputs[20]!, [, b] = inputs[30]!;
    for (const name of ['scalar', 'simd'] as const) {
      const f = builds[name];
      put(f, A, a); put(f, B, b); f.mul(R, A, B); const ref = get(f, R);
      f.mul(A, A, B); expect(get(f, A), `${name} r = a`).toEqual(ref);
      put(f, A, a); f.mul(B, A, B); expect(get(f, B), `${name} r = b`).toEqual(ref);
    }
  });
});

describe('P-521 field multiply: wide build (i64.mul_wide_u, run in Bun) vs scalar build', () => {
  test('every product and square of the edge inputs and of one- and two-limb inputs: identical limbs; the wide kernel has no imports, fixed memory, the same exports', () => {
    const inputs = edgeInputs().map(([, l]) => l);
    const singles: bigint[][] = [...inputs];
    for (let i = 0; i < 18; i++) {
      for (let j = i; j < 18; j++) { const l = Array<bigint>(18).fill(0n); l[i] = LIMB_MAX; l[j] = LIMB_MAX - BigInt(j); singles.push(l); }
    }
    const pairs = inputs.flatMap((a) => inputs.map((b) => [a, b] as const));
    const cases = join(dir, 'wide-cases.json');
    writeFileSync(cases, JSON.stringify({ mul: pairs.map(([a, b]) => [a.map(String), b.map(String)]), sqr: singles.map((a) => a.map(String)) }));
    const out = JSON.parse(execFileSync(join(ROOT, 'node_modules/.bin/bun'), [join(ROOT, 'test/tooling/p521-wide.bun.mjs'),
      join(dir, 'wide.wasm'), cases, join(ROOT, 'build/ephemera.wide.wasm'), join(ROOT, 'build/ephemera.wasm')],
    { encoding: 'utf8', maxBuffer: 64 << 20 })) as { mul: string[][]; sqr: [string[], string[]][]; kernel: { imports: number; grows: boolean; sameExports: boolean } };
    const f = builds.scalar;
    expect(out.mul.length).toBe(inputs.length ** 2);
    pairs.forEach(([a, b], n) => {
      put(f, A, a); put(f, B, b); f.mul(R, A, B);
      expect(out.mul[n]!.map(BigInt), `product #${n}`).toEqual(get(f, R));
    });
    expect(out.sqr.length).toBe(inputs.length + 171);
    singles.forEach((a, n) => {
      put(f, A, a); f.sqr(R, A);
      expect(out.sqr[n]![0].map(BigInt), `square #${n}`).toEqual(get(f, R));
      expect(out.sqr[n]![1].map(BigInt), `square #${n}, r = a`).toEqual(get(f, R));
    });
    expect(out.kernel).toEqual({ imports: 0, grows: false, sameExports: true });
  });
});
