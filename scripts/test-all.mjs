#!/usr/bin/env node
// `npm test`: the shared suites in all five runtimes plus the Node-only tooling checks. Prints one line per
// runtime and ends with the single line `N passed, N failed` (total over every runtime) that CI reads.
// Suite counts must be identical in every runtime; a difference is reported as a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runJob } from './runtimes/drive.mjs';

const RESULTS = join(ROOT, '.test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
process.env.DENO_NO_UPDATE_CHECK = '1';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.WRANGLER_SEND_METRICS = 'false';

const rows = [];
let passed = 0, failed = 0;
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);

function record(runtime, part, r, t0, extra = '') {
  passed += r.passed;
  failed += r.failed;
  rows.push({ runtime, part, ...r });
  console.log(`${runtime.padEnd(9)} ${part.padEnd(12)} ${r.passed} passed, ${r.failed} failed, ${r.skipped ?? 0} skipped (${seconds(t0)} s)${extra}`);
  for (const f of (r.failures ?? []).slice(0, 20)) console.log(`    ✗ ${f.name}\n      ${String(f.message).split('\n').slice(0, 4).join('\n      ')}`);
  if ((r.failures ?? []).length > 20) console.log(`    … and ${r.failures.length - 20} more`);
}

// --- Node: vitest (shared suites + tooling checks) ---
{
  const t0 = performance.now();
  const out = join(RESULTS, 'vitest.json');
  const res = spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  let suites = { passed: 0, failed: 0, skipped: 0, failures: [] }, tooling = { passed: 0, failed: 0, skipped: 0, failures: [] };
  try {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    for (const file of json.testResults) {
      const bucket = file.name.includes('/test/tooling/') ? tooling : suites;
      for (const a of file.assertionResults) {
        if (a.status === 'passed') bucket.passed++;
        else if (a.status === 'failed') { bucket.failed++; bucket.failures.push({ name: a.fullName, message: (a.failureMessages ?? []).join('\n') }); }
        else bucket.skipped++;
      }
      if (file.status === 'failed' && file.assertionResults.length === 0) {
        bucket.failed++;
        bucket.failures.push({ name: file.name, message: file.message ?? 'test file failed to load' });
      }
    }
  } catch (err) {
    suites.failed++;
    suites.failures.push({ name: 'vitest', message: `no JSON report (exit ${res.status}): ${err}` });
  }
  if (res.status !== 0 && suites.failed + tooling.failed === 0) {
    suites.failed++;
    suites.failures.push({ name: 'vitest', message: `exited with status ${res.status}` });
  }
  record('node', 'suites', suites, t0);
  record('node', 'tooling', tooling, t0);
}

// --- Deno, Bun, Chromium, workerd: the same suites through scripts/runtimes/drive.mjs ---
for (const runtime of ['deno', 'bun', 'chromium', 'workerd']) {
  const t0 = performance.now();
  try {
    const { suites, environment } = await runJob(runtime, 'test/run/portable.ts', { runtime });
    record(runtime, 'suites', suites, t0);
    record(runtime, 'environment', environment, t0);
  } catch (err) {
    record(runtime, 'suites', { passed: 0, failed: 1, skipped: 0, failures: [{ name: `${runtime} run`, message: String(err?.stack ?? err) }] }, t0);
  }
}

// --- Named imports only, as applications write them: the binding must survive bundling in every runtime ---
for (const runtime of ['node', 'deno', 'bun', 'chromium', 'workerd']) {
  const t0 = performance.now();
  try {
    record(runtime, 'named imports', await runJob(runtime, 'test/run/named-imports.ts', { runtime }), t0);
  } catch (err) {
    record(runtime, 'named imports', { passed: 0, failed: 1, failures: [{ name: 'named-imports run', message: String(err?.stack ?? err) }] }, t0);
  }
}

// --- Chromium under a CSP without 'wasm-unsafe-eval': the reference engine must take over ---
{
  const t0 = performance.now();
  try {
    const r = await runJob('chromium', 'test/run/csp-fallback.ts', {}, { csp: "script-src 'self'" });
    record('chromium', 'CSP fallback', r, t0);
  } catch (err) {
    record('chromium', 'CSP fallback', { passed: 0, failed: 1, failures: [{ name: 'CSP fallback run', message: String(err?.stack ?? err) }] }, t0);
  }
}

// --- Same suite counts everywhere ---
const suiteRows = rows.filter((r) => r.part === 'suites');
const counts = new Set(suiteRows.map((r) => `${r.passed + r.failed}/${r.skipped}`));
if (counts.size !== 1) {
  failed++;
  console.log(`✗ suite counts differ between runtimes: ${suiteRows.map((r) => `${r.runtime} ${r.passed + r.failed} run/${r.skipped} skipped`).join(', ')}`);
} else {
  console.log(`suite counts identical in ${suiteRows.length} runtimes: ${[...counts][0].replace('/', ' run, ')} skipped each`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
