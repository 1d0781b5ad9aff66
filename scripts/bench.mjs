#!/usr/bin/env node
// `npm run bench [-- --runtime node|deno|bun|chromium|workerd|all] [--filter id] [--rounds n] [--max-time s]`
// Runs bench/job.ts in the runtime(s), prints ops/s and ratios to ephemera's default path, checks the targets,
// and writes bench/results/<runtime>.json and .md (plus latest.md for the whole run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pairedNativeEcdh } from './bench-native.mjs';
import { ROOT, RUNTIMES, runJob } from './runtimes/drive.mjs';

const { values } = parseArgs({ options: {
  runtime: { type: 'string', default: 'node' }, filter: { type: 'string' },
  rounds: { type: 'string', default: '2' }, 'max-time': { type: 'string', default: '0.75' },
} });
const runtimes = values.runtime === 'all' ? RUNTIMES : values.runtime.split(',');
for (const r of runtimes) if (!RUNTIMES.includes(r)) { console.error(`unknown runtime ${r}`); process.exit(2); }

const fmt = (hz) => (hz >= 1e6 ? `${(hz / 1e6).toFixed(2)}M` : hz >= 1e3 ? `${(hz / 1e3).toFixed(1)}k` : hz.toFixed(hz < 10 ? 2 : 0));
const mbs = (hz, bytes) => (bytes ? `${((hz * bytes) / 1e6).toFixed(0)} MB/s` : '');

function render(out) {
  const lines = [`## ${out.runtime} — ${out.userAgent}`, '', `${out.date} · ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length} · node ${process.version}`, ''];
  for (const g of out.groups) {
    const ours = g.results.find((r) => r.name === g.ours)?.hz;
    lines.push(`### ${g.title}`, '', '| candidate | ops/s | ± | throughput | ephemera ÷ this |', '|---|---:|---:|---:|---:|');
    for (const r of [...g.results].sort((a, b) => b.hz - a.hz)) {
      const ratio = r.name === g.ours ? '—' : `${(ours / r.hz).toFixed(2)}×`;
      lines.push(`| ${r.name} | ${fmt(r.hz)} | ${r.rme.toFixed(1)}% | ${mbs(r.hz, g.bytes)} | ${ratio} |`);
    }
    lines.push('');
    if (g.id === 'p521-ecdh' && out.native) {
      const { median: m, rounds } = out.native, r = m.ratio;
      lines.push(`native C (P1): ephemera ÷ \`openssl speed -elapsed ecdhp521\`, ${rounds.length} paired rounds after the job ` +
        `(scripts/bench-native.mjs) = **${r.toFixed(2)}×** median (≥ 0.8) ${r >= 0.8 ? '✓' : '✗ below'}; ephemera ${fmt(m.ours)}/s, ` +
        `openssl ${fmt(m.openssl)}/s; rounds: ${rounds.map((x) => `${fmt(x.ours)}/${fmt(x.openssl)} = ${x.ratio.toFixed(2)}`).join(' · ')}`);
    }
    for (const { vs, median: m, rounds } of g.paired) {
      lines.push(`paired: ${g.ours} ÷ ${vs}, ${rounds.length} alternating back-to-back rounds = **${m.toFixed(2)}×** median; ` +
        `rounds: ${rounds.map((x) => x.ratio.toFixed(2)).join(' · ')}`);
    }
    for (const p of g.p10) {
      lines.push(`P10 (${p.kind}): ${p.ours} ÷ ${p.best} = **${p.ratio.toFixed(2)}×** (≥ 1.0) ${p.ratio >= 1 ? '✓' : '✗ below'}`);
    }
    for (const t of g.targets) {
      lines.push(`target ${t.id}: ephemera ÷ ${t.vs}${t.paired ? ' (paired median)' : ''} = **${t.ratio === null ? 'n/a' : t.ratio.toFixed(2) + '×'}** (≥ ${t.min}×) ${t.met === null ? '— competitor unavailable here' : t.met ? '✓' : '✗ MISSED'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const all = [];
for (const runtime of runtimes) {
  console.error(`bench: ${runtime}…`);
  const out = await runJob(runtime, 'bench/job.ts', { runtime, filter: values.filter,
    rounds: Number(values.rounds), maxTime: Number(values['max-time']) });
  if (runtime === 'node' && out.groups.some((g) => g.id === 'p521-ecdh')) out.native = await pairedNativeEcdh();
  const md = render(out);
  console.log(md);
  writeFileSync(join(ROOT, `bench/results/${runtime}.json`), JSON.stringify(out, null, 1));
  writeFileSync(join(ROOT, `bench/results/${runtime}.md`), md + '\n');
  all.push(md);
}
writeFileSync(join(ROOT, 'bench/results/latest.md'), `# ephemera benchmarks\n\nCommand: \`npm run bench -- ${process.argv.slice(2).join(' ')}\`\n\n${all.join('\n')}\n`);
