// After every operation the kernel's memory must be exactly as a fresh instance's: no input, key, intermediate
// or output left in the IO window or in any private region (architecture: "wipe on every exit").
import * as assert from '../harness/assert.ts';
import { pattern } from '../harness/data.ts';
import type { Suite, Testing } from '../harness/suite.ts';

/** Assert the live kernel memory equals a fresh instance's; names the first differing offset. */
export async function assertPristine(testing: Testing, what: string): Promise<void> {
  const live = testing.kernelMemory();
  assert.ok(live !== undefined, 'kernel memory is not available');
  const fresh = await testing.pristineKernelMemory();
  assert.equal(live.length, fresh.length, 'memory size');
  for (let i = 0; i < live.length; i++) {
    if (live[i] !== fresh[i]) {
      throw new assert.AssertionError(`${what}: memory differs from a fresh kernel at offset ${i} (0x${i.toString(16)})`);
    }
  }
}

export const zeroizeSuite: Suite = {
  name: 'memory wiping',
  modes: ['wasm'],
  register(t, { lib, testing }) {
    const key = pattern(131, 201), data = pattern(300000, 202), small = pattern(100, 203);
    const cases: [string, () => unknown][] = [
      ['sha256 (one shot)', () => lib.sha256(small)],
      ['sha512 (streamed through IO)', () => lib.sha512(data)],
      ['hmac with a long key', () => lib.hmac('sha256', key, small)],
      ['hmac streamed', () => lib.hmac('sha512', key, data)],
      ['hkdf', () => lib.hkdf('sha256', key, small, small, 8160)],
      ['hkdf with oversized ikm', () => lib.hkdf('sha512', data, key, small, 100)],
      ['hkdfExpand', () => lib.hkdfExpand('sha512', key, small, 500)],
      ['hashIdentifiers', () => lib.hashIdentifiers([small, key, data.subarray(0, 5000)], key.subarray(0, 64), 50)],
      ['hashIdentifier, oversized identifier', () => lib.hashIdentifier(data, small, 3)],
      ['a refused call (hkdf length out of range)', () => { try { lib.hkdf('sha256', key, key, key, 9000); } catch { /* expected */ } }],
    ];
    for (const [name, op] of cases) {
      t.test(`${name} leaves no trace in kernel memory`, async () => {
        op();
        await assertPristine(testing, name);
      });
    }
  },
};
