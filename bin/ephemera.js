#!/usr/bin/env node
// The `ephemera` command: `conformance`, `bench`, `relay`. Node-only (it reads files and starts runtimes).
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNTIMES = ['node', 'deno', 'bun', 'chromium', 'workerd'];

const USAGE = `usage:
  ephemera conformance [--json] [--runtime node|deno|bun|chromium|workerd] PATH…
      Check vector files (or directories, searched recursively for .json) against ephemera.
      Files are recognized by their content: Wycheproof HKDF/HMAC, NIST ACVP SHA-2/HMAC,
      the reference implementation's primitives.json. Exit status 0 only when nothing failed.
  ephemera bench [--runtime …] [--filter id]   benchmarks (from a source checkout)
  ephemera relay                               the relay (not available in this release)`;

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

async function collect(path, out) {
  const s = await stat(path).catch(() => fail(`ephemera: no such file or directory: ${path}`));
  if (s.isDirectory()) {
    for (const e of (await readdir(path)).sort()) {
      const p = join(path, e);
      if ((await stat(p)).isDirectory() || e.endsWith('.json')) await collect(p, out);
    }
  } else {
    out.push(path);
  }
}

/** A JSON Schema document (Wycheproof ships them next to the vectors) is reported, with no cases. */
const isJsonSchema = (json) => typeof json === 'object' && json !== null && (typeof json.$schema === 'string' ||
  (json.type === 'object' && typeof json.properties === 'object' && (Array.isArray(json.required) || typeof json.definitions === 'object')));

async function conformance(argv) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, runtime: { type: 'string', default: 'node' } } });
  if (positionals.length === 0) fail(USAGE);
  if (!RUNTIMES.includes(values.runtime)) fail(`ephemera: unknown runtime "${values.runtime}" (${RUNTIMES.join(', ')})`);
  const paths = [];
  for (const p of positionals) await collect(resolve(p), paths);

  const reports = new Array(paths.length);
  const toCheck = [];
  for (const [i, path] of paths.entries()) {
    const shown = relative(process.cwd(), path) || path;
    let json;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (err) {
      reports[i] = { path: shown, schema: 'unreadable', passed: 0, failed: 1, skipped: 0,
        failures: [{ id: '(file)', reason: `not valid JSON: ${err.message}` }], skips: [] };
      continue;
    }
    if (isJsonSchema(json)) {
      reports[i] = { path: shown, schema: 'json-schema', passed: 0, failed: 0, skipped: 1, failures: [],
        skips: [{ id: '(file)', reason: 'a JSON Schema document, not a vector file' }] };
      continue;
    }
    toCheck.push({ i, path: shown, json });
  }

  let result;
  if (values.runtime === 'node') {
    const job = await import(pathToFileURL(join(ROOT, 'dist/src/conformance/index.js')).href)
      .catch(() => fail('ephemera: dist/ is missing — run `npm run build` first'));
    const lib = await import('ephemera/primitives');
    await lib.ready();
    const files = [];
    for (const f of toCheck) files.push(await job.checkFile(f.path, f.json, lib));
    result = { files };
  } else {
    const drive = join(ROOT, 'scripts/runtimes/drive.mjs');
    if (!existsSync(drive)) fail('ephemera: --runtime other than node needs a source checkout with its devDependencies');
    const { runJob } = await import(pathToFileURL(drive).href);
    result = await runJob(values.runtime, 'scripts/jobs/conformance.ts',
      { files: toCheck.map(({ path, json }) => ({ path, json })) });
  }
  toCheck.forEach((f, k) => { reports[f.i] = result.files[k]; });

  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const r of reports) { total.passed += r.passed; total.failed += r.failed; total.skipped += r.skipped; }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...total, files: reports })}\n`);
  } else {
    const w = Math.max(4, ...reports.map((r) => r.path.length));
    const s = Math.max(6, ...reports.map((r) => r.schema.length));
    console.log(`${'file'.padEnd(w)}  ${'schema'.padEnd(s)}  passed  failed  skipped   (runtime: ${values.runtime})`);
    for (const r of reports) {
      console.log(`${r.path.padEnd(w)}  ${r.schema.padEnd(s)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}`);
      for (const f of r.failures.slice(0, 10)) console.log(`    ✗ ${f.id}: ${f.reason}`);
      if (r.failures.length > 10) console.log(`    … ${r.failures.length - 10} more failures (use --json for all)`);
    }
    const reasons = new Map();
    for (const r of reports) for (const k of r.skips) reasons.set(k.reason, (reasons.get(k.reason) ?? 0) + 1);
    for (const [reason, n] of reasons) console.log(`skipped ${n}: ${reason}`);
    console.log(`${total.passed} passed, ${total.failed} failed`);
  }
  process.exitCode = total.failed === 0 ? 0 : 1;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'conformance') await conformance(rest);
else if (command === 'bench') {
  const script = join(ROOT, 'scripts/bench.mjs');
  if (!existsSync(script)) fail('ephemera: bench needs a source checkout with its devDependencies');
  process.argv = [process.argv[0], script, ...rest];
  await import(pathToFileURL(script).href);
} else if (command === 'relay') {
  fail('ephemera relay: the relay is not part of this release yet (see README "Status")', 1);
} else {
  fail(USAGE, command ? 2 : 0);
}
