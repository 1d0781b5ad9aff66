// Candidates every family uses: ephemera's engine modes and WebCrypto awaited per call and batched.
import type { BenchContext, Candidate } from '../types.ts';

/**
 * `ephemera` (the default path: kernel + the runtime's native routes) and, where routing may apply, `ephemera
 * wasm` (the kernel alone, in the build the runtime loads by default).
 */
export function engineModes(ctx: BenchContext, fn: () => unknown, routed: boolean): Candidate[] {
  const { lib } = ctx;
  const list: Candidate[] = [{ name: 'ephemera', fn, setup: () => lib.setEngine('wasm') }];
  if (routed) list.push({ name: 'ephemera wasm', fn, setup: () => lib.setEngine('wasm', { native: false }) });
  return list;
}

/** The scalar kernel build, where the runtime also has the SIMD one (they differ in the AES core, GHASH and the P-521 multiply). */
export function scalarKernel(ctx: BenchContext, fn: () => unknown): Candidate[] {
  return [{ name: 'ephemera wasm (scalar build)', fn, setup: () => ctx.lib.setEngine('wasm', { native: false, kernel: 'scalar' }) }];
}

/** ephemera's async primitive awaited per call, and `batch` calls in one Promise.all. */
export function ephemeraAsync(batch: number, op: () => Promise<unknown>): Candidate[] {
  return [
    { name: 'ephemera async', async: op },
    { name: `ephemera async (batched ×${batch})`, batch, async: () => Promise.all(Array.from({ length: batch }, op)) },
  ];
}

/** WebCrypto awaited per call, and `batch` calls in one Promise.all (throughput per call). */
export function webcrypto(ctx: BenchContext, batch: number, op: (s: SubtleCrypto) => Promise<unknown>): Candidate[] {
  const s = ctx.subtle;
  if (!s) return [];
  return [
    { name: 'WebCrypto (awaited)', async: () => op(s) },
    { name: `WebCrypto (batched ×${batch})`, batch, async: () => Promise.all(Array.from({ length: batch }, () => op(s))) },
  ];
}
