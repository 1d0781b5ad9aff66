#!/usr/bin/env node
// Summarize bench/results/<runtime>.json (written by `npm run bench -- --runtime …`) into one Markdown table:
// for each group, the ratio of ephemera's default path to the fastest alternative of the same call kind, per
// runtime, and every target line. Used to refresh the README's per-runtime table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const runtimes = ['node', 'deno', 'bun', 'chromium', 'workerd'].filter((r) => existsSync(join(ROOT, `bench/results/${r}.json`)));
const results = Object.fromEntries(runtimes.map((r) => [r, JSON.parse(readFileSync(join(ROOT, `bench/results/${r}.json`), 'utf8'))]));
const ids = [...new Set(runtimes.flatMap((r) => results[r].groups.map((g) => g.id)))];
const fmt = (x) => (x === undefined ? '—' : `${x.toFixed(2)}×`);

console.log(`| group (P10: default ÷ fastest alternative, sync · awaited · batched) | ${runtimes.join(' | ')} |`);
console.log(`|---|${runtimes.map(() => '---:').join('|')}|`);
for (const id of ids) {
  const title = runtimes.map((r) => results[r].groups.find((g) => g.id === id)?.title).find(Boolean);
  const cells = runtimes.map((r) => {
    const g = results[r].groups.find((x) => x.id === id);
    if (!g) return '—';
    const by = Object.fromEntries(g.p10.map((p) => [p.kind, p.ratio]));
    return ['sync', 'async', 'batched'].filter((k) => k in by).map((k) => fmt(by[k])).join(' · ') || '—';
  });
  console.log(`| ${title} | ${cells.join(' | ')} |`);
}
console.log('\n| target | ' + runtimes.join(' | ') + ' |');
console.log(`|---|${runtimes.map(() => '---:').join('|')}|`);
const targets = [...new Set(runtimes.flatMap((r) => results[r].groups.flatMap((g) => g.targets.map((t) => `${t.id} ÷ ${t.vs} (≥ ${t.min}×)`))))];
for (const name of targets) {
  const cells = runtimes.map((r) => {
    const t = results[r].groups.flatMap((g) => g.targets).find((x) => `${x.id} ÷ ${x.vs} (≥ ${x.min}×)` === name);
    return !t || t.ratio === null ? '—' : `${fmt(t.ratio)} ${t.met ? '✓' : '✗'}`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
