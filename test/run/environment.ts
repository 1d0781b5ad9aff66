// Checks about the runtime itself rather than the primitives: how the kernel was loaded, what the runtime
// refuses. They run once per runtime (under each mode, like any suite) and are reported apart from the shared
// suites, whose counts must be equal everywhere.
import * as assert from '../harness/assert.ts';
import type { Suite } from '../harness/suite.ts';

// A minimal valid module (magic + version): enough to ask the runtime whether it compiles bytes at all.
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

type Check = Suite & { runtimes: readonly string[] };

export const ENVIRONMENT_CHECKS: readonly Check[] = [
  {
    name: 'workerd loading',
    runtimes: ['workerd'],
    modes: ['default'],
    register(t, { lib }) {
      t.test('workerd refuses to compile WebAssembly from bytes', async () => {
        let refused = '';
        try { await WebAssembly.instantiate(EMPTY_MODULE, {}); } catch (err) { refused = String(err); }
        assert.ok(/disallowed|not allowed/i.test(refused), `expected a refusal, got "${refused || 'success'}"`);
      });
      t.test('…and the kernel still serves: it came from the .wasm module import, not from bytes', () => {
        assert.equal(lib.engine(), 'wasm', 'engine()');
        assert.equal(lib.kernel(), 'simd', 'kernel()');
      });
    },
  },
  {
    name: 'kernel loading',
    runtimes: ['deno', 'bun', 'chromium'],
    modes: ['default'],
    register(t, { lib, runtime }) {
      t.test('the WebAssembly kernel (the build policy.ts picks for this runtime) is the default engine here', () => {
        assert.equal(lib.engine(), 'wasm', 'engine()');
        assert.equal(lib.kernel(), runtime === 'bun' ? 'wide' : 'simd', 'kernel() (KERNEL_BUILD: wide in Bun)');
      });
    },
  },
];
