// The runner used in Deno, Bun, Chromium and workerd (Node uses vitest with the same suites). Registers every
// suite for every engine, runs the tests in order and returns a JSON-serializable report.
import { MODES, runsIn, type Mode } from './modes.ts';
import type { Env, Lib, Suite, Testing } from './suite.ts';

export interface Failure { name: string; message: string }
export interface Report { passed: number; failed: number; skipped: number; failures: Failure[]; ms: number }

interface Entry { name: string; fn?: () => unknown }

async function runEntries(entries: Entry[], report: Report): Promise<void> {
  for (const e of entries) {
    if (!e.fn) { report.skipped++; continue; }
    try {
      await e.fn();
      report.passed++;
    } catch (err) {
      report.failed++;
      report.failures.push({ name: e.name, message: String((err as Error)?.stack ?? err).slice(0, 2000) });
    }
  }
}

/** Run `preReady` suites before `ready()`, then every suite under every mode. */
export async function runAll(lib: Lib, testing: Testing, runtime: string, suites: readonly Suite[],
                             preReady: readonly Suite[], modes: readonly Mode[] = MODES): Promise<Report> {
  const started = Date.now();
  const report: Report = { passed: 0, failed: 0, skipped: 0, failures: [], ms: 0 };
  const collect = (list: readonly Suite[], env: Env, prefix: string): Entry[] => {
    const entries: Entry[] = [];
    for (const s of list) {
      if (!runsIn(s, env.mode)) continue;
      s.register({
        test: (name, fn) => entries.push({ name: `${prefix}${s.name} › ${name}`, fn }),
        skip: (name, reason) => entries.push({ name: `${prefix}${s.name} › ${name} (skipped: ${reason})` }),
      }, env);
    }
    return entries;
  };
  await runEntries(collect(preReady, { lib, testing, mode: 'default', runtime }, 'before ready › '), report);
  for (const mode of modes) {
    try {
      await lib.setEngine(mode.engine, { native: mode.native, kernel: mode.kernel });
    } catch (err) {
      report.failed++;
      report.failures.push({ name: `setEngine(${mode.name})`, message: String(err) });
      continue;
    }
    await runEntries(collect(suites, { lib, testing, mode: mode.name, runtime }, `[${mode.name}] `), report);
  }
  if (modes.length > 0) await lib.setEngine('wasm');
  report.ms = Date.now() - started;
  return report;
}
