// Node runner for the suites that must run before ready(): vitest gives this file a fresh module graph, so the
// package is still uninitialized here.
import { describe, test } from 'vitest';
import * as lib from 'ephemera/primitives';
import * as testing from 'ephemera/testing';
import { PRE_READY_SUITES } from '../suites/index.ts';

for (const suite of PRE_READY_SUITES) {
  describe(`before ready › ${suite.name}`, () => {
    suite.register({
      test: (name, fn) => test(name, async () => { await fn(); }),
      skip: (name, reason) => test.skip(`${name} (skipped: ${reason})`, () => {}),
    }, { lib, testing, mode: 'default', runtime: 'node' });
  });
}
