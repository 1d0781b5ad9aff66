// Job module for the runtimes driven by scripts/test-all.mjs: Deno and Bun run it directly; Chromium and workerd
// get it bundled by esbuild for their export conditions. It imports the package through its own exports map,
// runs every suite under every mode, then the runtime's own environment checks, and returns both reports.
import * as lib from 'ephemera/primitives';
import * as testing from 'ephemera/testing';
import { runAll, type Report } from '../harness/runner.ts';
import { PRE_READY_SUITES, SUITES } from '../suites/index.ts';
import { ENVIRONMENT_CHECKS } from './environment.ts';

export interface RuntimeResult { suites: Report; environment: Report }

export async function main(input: { runtime: string }): Promise<RuntimeResult> {
  const suites = await runAll(lib, testing, input.runtime, SUITES, PRE_READY_SUITES);
  const checks = ENVIRONMENT_CHECKS.filter((c) => c.runtimes.includes(input.runtime));
  const environment = await runAll(lib, testing, input.runtime, checks, []);
  return { suites, environment };
}
