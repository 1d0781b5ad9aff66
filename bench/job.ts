// Benchmark job, run in any runtime through scripts/runtimes/drive.mjs (`npm run bench -- --runtime <name>`).
// Builds every group the runtime can offer, checks that every candidate computes the same bytes as ephemera,
// measures them interleaved (several rounds, alternating order) and returns medians.
import * as lib from 'ephemera/primitives';
import { measure, pairedRounds } from './measure.ts';
import { GROUP_FACTORIES } from './cases/index.ts';
import { kindOf, type BenchContext, type Candidate, type Group, type GroupResult, type Kind, type Measurement, type Paired } from './types.ts';

/** Rounds of each paired comparison: an odd count, so the median is one round's ratio. */
const PAIRED_ROUNDS = 11;

export interface BenchInput { runtime: string; filter?: string; rounds?: number; maxTime?: number }
export interface BenchOutput { runtime: string; userAgent: string; date: string; groups: GroupResult[] }

async function context(runtime: string): Promise<BenchContext> {
  const getBuiltin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  const nodeCrypto = getBuiltin?.('node:crypto') as typeof import('node:crypto') | undefined;
  let hashWasm = false;
  try { hashWasm = (await (await import('hash-wasm')).createSHA256()) !== undefined; } catch { /* not instantiable here */ }
  return { runtime, lib, nodeCrypto, subtle: globalThis.crypto?.subtle, hashWasm };
}

/** The bytes a candidate produced (first element for a batch); undefined when it returns nothing comparable. */
function asBytes(out: unknown): string | undefined {
  const first = Array.isArray(out) ? out[0] : out;
  if (first instanceof ArrayBuffer) return Array.from(new Uint8Array(first)).join(',');
  if (ArrayBuffer.isView(first)) return Array.from(new Uint8Array(first.buffer, first.byteOffset, first.byteLength)).join(',');
  return undefined;
}

/** ephemera candidates without their own setup run on the default path (kernel + native routes). */
function withDefaultSetup(g: Group, lib: BenchContext['lib']): Candidate[] {
  return g.candidates.map((c) => (c.setup || !c.name.startsWith('ephemera') ? c : { ...c, setup: () => lib.setEngine('wasm') }));
}

/** Our default path of each call kind vs the fastest non-ephemera candidate of the same kind. */
function p10(results: Measurement[]): GroupResult['p10'] {
  const out: GroupResult['p10'] = [];
  for (const kind of ['sync', 'async', 'batched'] as Kind[]) {
    const ours = results.find((r) => r.kind === kind && r.name.startsWith('ephemera') && !/wasm|reference/.test(r.name));
    const best = results.filter((r) => r.kind === kind && !r.name.startsWith('ephemera')).sort((a, b) => b.hz - a.hz)[0];
    if (ours && best) out.push({ kind, ours: ours.name, best: best.name, ratio: ours.hz / best.hz });
  }
  return out;
}

/** Every candidate must compute what ephemera computes before any of them is timed. */
async function checkSameOutput(g: Group): Promise<void> {
  let expected: string | undefined;
  for (const c of g.candidates) {
    await c.setup?.();
    const got = asBytes(c.fn ? c.fn() : await c.async!());
    if (c.name === g.ours || expected === undefined) expected ??= got;
    if (got !== undefined && expected !== undefined && got !== expected) {
      throw new Error(`${g.id}: ${c.name} computes different bytes than ${g.ours}`);
    }
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Paired rounds (PAIRED_ROUNDS, each side 0.3–0.6 s) of `ours` against every target's competitor and Group.paired. */
async function pairedOf(g: Group): Promise<Paired[]> {
  const ours = g.candidates.find((c) => c.name === g.ours);
  const names = [...new Set([...(g.targets ?? []).map((t) => t.vs), ...(g.paired ?? [])])];
  const out: Paired[] = [];
  for (const name of names) {
    const theirs = g.candidates.find((c) => c.name === name);
    if (!ours || !theirs) continue; // not in this runtime
    const rounds = await pairedRounds(ours, theirs, PAIRED_ROUNDS, 0.3);
    out.push({ vs: name, median: median(rounds.map((r) => r.ratio)), rounds });
  }
  return out;
}

export async function main(input: BenchInput): Promise<BenchOutput> {
  await lib.ready();
  const ctx = await context(input.runtime);
  const rounds = input.rounds ?? 2, maxTime = input.maxTime ?? 0.75;
  const out: GroupResult[] = [];
  for (const factory of GROUP_FACTORIES) {
    for (const raw of await factory(ctx)) {
      if (input.filter ? !raw.id.includes(input.filter) : raw.optional) continue;
      const g = { ...raw, candidates: withDefaultSetup(raw, lib) };
      await checkSameOutput(g);
      const per = new Map<string, Measurement[]>();
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 ? [...g.candidates].reverse() : g.candidates;
        for (const c of order) {
          const m = await measure(c, { maxTime, minSamples: 5 });
          per.set(c.name, [...(per.get(c.name) ?? []), m]);
        }
      }
      const paired = await pairedOf(g);
      await lib.setEngine('wasm');
      const results = g.candidates.map((c) => {
        const ms = per.get(c.name)!;
        return { name: c.name, kind: kindOf(c), hz: median(ms.map((m) => m.hz)), rme: Math.max(...ms.map((m) => m.rme)),
          samples: ms.reduce((a, m) => a + m.samples, 0) };
      });
      const hz = (name: string) => results.find((x) => x.name === name)?.hz;
      // A target's ratio is its paired median (the better estimate on a noisy host), else the ratio of medians.
      const targets = (g.targets ?? []).map((t) => {
        const pair = paired.find((x) => x.vs === t.vs), ours = hz(g.ours), theirs = hz(t.vs);
        const ratio = pair ? pair.median : ours !== undefined && theirs ? ours / theirs : null;
        return { ...t, ratio, met: ratio === null ? null : ratio >= t.min, paired: pair !== undefined };
      });
      out.push({ id: g.id, title: g.title, ours: g.ours, bytes: g.bytes, results, targets, p10: p10(results), paired });
    }
  }
  const nav = (globalThis as { navigator?: { userAgent?: string } }).navigator;
  return { runtime: input.runtime, userAgent: nav?.userAgent ?? input.runtime, date: new Date().toISOString(), groups: out };
}
