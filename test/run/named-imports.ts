// Job run in every runtime by scripts/test-all.mjs: the package imported the way applications do — named imports
// only — must still load its runtime binding (bundlers may drop modules they consider side-effect free; the
// bindings are declared in package.json "sideEffects" for this reason) and serve from the kernel.
import { engine, kernel, ready, sha256 } from 'ephemera/primitives';

export async function main(input: { runtime: string }): Promise<{ passed: number; failed: number; skipped: number; failures: { name: string; message: string }[] }> {
  await ready();
  const abc = Array.from(sha256(new TextEncoder().encode('abc')), (b) => b.toString(16).padStart(2, '0')).join('');
  const checks: [string, boolean, string][] = [
    ['named imports: the kernel serves (the binding was not dropped)', engine() === 'wasm', `engine() = ${engine()}`],
    // src/policy.ts KERNEL_BUILD: the SIMD build, except in Bun (its wide build measured fastest there).
    ['named imports: the build of policy.ts was chosen', kernel() === (input.runtime === 'bun' ? 'wide' : 'simd'), `kernel() = ${String(kernel())}`],
    ['named imports: sha256("abc")', abc === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', abc],
  ];
  const failures = checks.filter(([, ok]) => !ok).map(([name, , message]) => ({ name, message }));
  return { passed: checks.length - failures.length, failed: failures.length, skipped: 0, failures };
}
