// One way to run a job module (`export async function main(input)`) in each runtime, shared by `npm test`,
// `ephemera conformance --runtime` and `npm run bench -- --runtime`. Returns main's JSON-serializable result.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';
import { openChromium } from './chromium.mjs';
import { runInWorkerd } from './workerd.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RUNTIMES = ['node', 'deno', 'bun', 'chromium', 'workerd'];
const BIN = (name) => join(ROOT, 'node_modules', '.bin', name);
const ENV = { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

function spawnJob(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT '));
      if (line) resolve(JSON.parse(line.slice('@@RESULT '.length)));
      else reject(new Error(`${cmd} exited ${code} without a result:\n${(err || out).slice(-4000)}`));
    });
  });
}

/**
 * Run `entry` (a .ts job module under the repo) in `runtime` with `input`.
 * Options: `csp` (Chromium only).
 */
export async function runJob(runtime, entry, input, options = {}) {
  const abs = join(ROOT, entry);
  const tmp = await mkdtemp(join(tmpdir(), 'ephemera-job-'));
  try {
    if (runtime === 'deno' || runtime === 'bun') {
      const inputPath = join(tmp, 'input.json');
      await writeFile(inputPath, JSON.stringify(input));
      const launcher = join(ROOT, 'scripts/runtimes/launch.mjs');
      return runtime === 'deno'
        ? await spawnJob(BIN('deno'), ['run', '--allow-read', '--allow-env', '--allow-sys', launcher, abs, inputPath])
        : await spawnJob(BIN('bun'), [launcher, abs, inputPath]);
    }
    const bundled = await bundle(abs, runtime, join(tmp, 'job.mjs'));
    if (runtime === 'node') return await (await import(pathToFileURL(bundled).href)).main(input);
    if (runtime === 'workerd') return await runInWorkerd(bundled, join(ROOT, 'dist'), input);
    if (runtime === 'chromium') {
      const browser = await openChromium();
      try { return await browser.run(bundled, input, options); } finally { await browser.close(); }
    }
    throw new Error(`unknown runtime ${runtime} (expected one of ${RUNTIMES.join(', ')})`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
