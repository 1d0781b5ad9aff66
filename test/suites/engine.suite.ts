// The engine seam: engine() reports the backend in force, and results do not depend on which one serves.
import * as assert from '../harness/assert.ts';
import { pattern } from '../harness/data.ts';
import type { Suite } from '../harness/suite.ts';

export const engineSuite: Suite = {
  name: 'engine',
  register(t, { lib, mode, runtime }) {
    t.test('engine() and kernel() name the backend this mode selected', () => {
      assert.equal(lib.engine(), mode === 'reference' ? 'reference' : 'wasm', 'engine()');
      // The default build is policy.ts's KERNEL_BUILD: wide in Bun (measured fastest there), SIMD elsewhere.
      const expected = mode === 'reference' ? undefined : mode === 'scalar' ? 'scalar' : mode === 'default' && runtime === 'bun' ? 'wide' : 'simd';
      assert.equal(lib.kernel(), expected, 'kernel()');
    });
    t.test('ready() is idempotent and keeps the selected engine', async () => {
      const before = lib.engine();
      const p1 = lib.ready(), p2 = lib.ready();
      assert.ok(p1 === p2, 'ready() returns the same promise');
      await p1;
      assert.equal(lib.engine(), before, 'engine after ready()');
    });
    t.test('every engine agrees with every other on the same inputs', async () => {
      const current = lib.engine(), build = lib.kernel();
      const input = pattern(5000, 9), key = pattern(70, 1);
      const results: string[] = [];
      const engines = [['wasm', 'simd'], ['wasm', 'scalar'], ['reference', undefined], ...(runtime === 'bun' ? [['wasm', 'wide']] as const : [])] as const;
      for (const [name, kernel] of engines) {
        await lib.setEngine(name, { native: false, kernel });
        const parts = [lib.sha256(input), lib.sha512(input), lib.hmac('sha512', key, input),
          lib.hkdf('sha256', input, key, key, 77), lib.hashIdentifier(input, key, 3),
          lib.aesGcm.encrypt(key.subarray(0, 32), key.subarray(32, 44), input, key),
          lib.aesCtr(key.subarray(0, 32), key.subarray(32, 48), input)];
        results.push(parts.map((p) => Array.from(p).join(',')).join('|'));
      }
      await lib.setEngine(current, { native: mode === 'default', kernel: build });
      assert.equal(results[0], results[2], 'simd kernel vs reference');
      assert.equal(results[1], results[2], 'scalar kernel vs reference');
      if (runtime === 'bun') assert.equal(results[3], results[2], 'wide kernel vs reference');
    });
  },
};

/** Runs before ready(): synchronous primitives must refuse with ERR_NOT_READY, async ones must wait. */
export const preReadySuite: Suite = {
  name: 'lifecycle',
  register(t, { lib, runtime }) {
    t.test('sync primitives throw ERR_NOT_READY before ready()', () => {
      assert.throwsCode(() => lib.sha256(new Uint8Array(1)), 'ERR_NOT_READY', 'sha256');
      assert.throwsCode(() => lib.hkdf('sha256', new Uint8Array(1), undefined, undefined, 32), 'ERR_NOT_READY', 'hkdf');
      assert.throwsCode(() => lib.hashIdentifier(new Uint8Array(1), new Uint8Array(1), 1), 'ERR_NOT_READY', 'hashIdentifier');
      assert.throwsCode(() => lib.engine(), 'ERR_NOT_READY', 'engine()');
    });
    t.test('argument errors still win over ERR_NOT_READY', () => {
      assert.throwsCode(() => lib.sha256('x' as unknown as Uint8Array), 'ERR_INVALID_ARGUMENT', 'sha256');
    });
    t.test('async primitives await readiness themselves', async () => {
      const d = await lib.sha256Async(new TextEncoder().encode('abc'));
      assert.bytes(d, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'sha256Async("abc")');
      assert.equal(lib.engine(), 'wasm', 'engine once ready');
      // Every test runtime accepts SIMD128; policy.ts's KERNEL_BUILD boots Bun on the wide build.
      assert.equal(lib.kernel(), runtime === 'bun' ? 'wide' : 'simd', 'kernel build once ready');
    });
  },
};
