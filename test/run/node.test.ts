// Node runner: the shared suites under vitest, imported through the package's own exports map
// ('ephemera/primitives' resolves to the `node` condition), once per mode.
import { beforeAll, describe, test } from 'vitest';
import * as lib from 'ephemera/primitives';
import * as testing from 'ephemera/testing';
import { MODES, runsIn } from '../harness/modes.ts';
import { SUITES } from '../suites/index.ts';

for (const mode of MODES) {
  describe(`[${mode.name}]`, () => {
    beforeAll(async () => {
      await lib.setEngine(mode.engine, { native: mode.native, kernel: mode.kernel });
    });
    for (const suite of SUITES) {
      if (!runsIn(suite, mode.name)) continue;
      describe(suite.name, () => {
        suite.register({
          test: (name, fn) => test(name, async () => { await fn(); }),
          skip: (name, reason) => test.skip(`${name} (skipped: ${reason})`, () => {}),
        }, { lib, testing, mode: mode.name, runtime: 'node' });
      });
    }
  });
}
