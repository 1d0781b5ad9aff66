// Node side of `npm test`: the shared suites (test/run/node*.test.ts) and the Node-only tooling checks
// (test/tooling). The other four runtimes are driven by scripts/test-all.mjs with test/harness/runner.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/run/node*.test.ts', 'test/tooling/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
