// How suites are written once and run everywhere: a suite registers named tests against a Registrar; each
// runtime's runner supplies the Registrar (vitest in Node, ./runner.ts elsewhere) and the package entry (`lib`)
// it imported in its own way. Skips are registered, counted and checked against the suite's declared count.
import type { Lib } from '../../src/conformance/types.ts';
import type { ModeName } from './modes.ts';
import type { VectorCase } from '../../src/conformance/types.ts';
import { AssertionError } from './assert.ts';

export type { Lib };
export type Testing = typeof import('../../src/testing.ts');

export interface Env {
  readonly lib: Lib;
  /** The package's `ephemera/testing` entry (kernel memory inspection). */
  readonly testing: Testing;
  readonly mode: ModeName;
  readonly runtime: string;
}

export interface Registrar {
  test(name: string, fn: () => unknown): void;
  skip(name: string, reason: string): void;
}

export interface Suite {
  readonly name: string;
  /** Modes this suite is meaningful for (default: all). A differential suite against @noble skips `reference`. */
  readonly modes?: readonly ModeName[];
  register(t: Registrar, env: Env): void;
}

/** Wrap a Registrar so the suite's skips are counted and a closing test asserts the expected count. */
export function countingSkips(t: Registrar, expected: number, label: string): Registrar & { close(): void } {
  let skipped = 0;
  return {
    test: (name, fn) => t.test(name, fn),
    skip: (name, reason) => { skipped++; t.skip(name, reason); },
    close: () => {
      const got = skipped;
      t.test(`${label}: skips counted (expected ${expected})`, () => {
        if (got !== expected) throw new Error(`${label}: expected ${expected} skips, registered ${got}`);
      });
    },
  };
}

/** Register conformance cases as tests (a skip keeps its reason). */
export function registerCases(t: Registrar, lib: Lib, cases: readonly VectorCase[]): void {
  for (const c of cases) {
    if (c.skip !== undefined) { t.skip(c.id, c.skip); continue; }
    t.test(c.id, async () => {
      const failure = await c.run(lib);
      if (failure !== undefined) throw new AssertionError(failure);
    });
  }
}
