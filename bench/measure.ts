// Measuring one candidate. benchmark.js everywhere it can run; workerd forbids code generation from strings,
// which benchmark.js needs for its compiled timing loop, so there a small sampler with the same method
// (calibrate to a minimum sample time, take several samples, report the median rate and its spread) is used.
import BenchmarkJs from 'benchmark';
import lodash from 'lodash';
import platform from 'platform';
import { kindOf, type Candidate, type Measurement, type Paired } from './types.ts';

// benchmark.js finds lodash through a `require` that bundlers cannot see; hand it over explicitly. Created on
// first use: its context setup needs a global object (window/global), which workerd does not expose.
let benchmarkJs: typeof BenchmarkJs | undefined;
const Benchmark = () => (benchmarkJs ??= BenchmarkJs.runInContext({ _: lodash, platform } as never) as typeof BenchmarkJs);

export interface MeasureOptions { maxTime: number; minSamples: number }

function canCompile(): boolean {
  try { return new Function('return 1')() === 1; } catch { return false; }
}

function viaBenchmarkJs(c: Candidate, o: MeasureOptions): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const options: Record<string, unknown> = { maxTime: o.maxTime, minSamples: o.minSamples };
    const bench = c.async
      ? new (Benchmark())(c.name, { ...options, defer: true,
        fn: (d: { resolve(): void }) => { c.async!().then(() => d.resolve(), (e) => { throw e; }); } })
      : new (Benchmark())(c.name, { ...options, fn: c.fn });
    bench.on('complete', () => {
      if (bench.error) reject(bench.error);
      else resolve({ name: c.name, kind: kindOf(c), hz: bench.hz * (c.batch ?? 1), rme: bench.stats.rme, samples: bench.stats.sample.length });
    });
    bench.run({ async: true });
  });
}

/** Seconds taken by `n` calls of `c`, each awaited. */
async function timeCalls(c: Candidate, n: number): Promise<number> {
  const once = c.async ? c.async : async () => { c.fn!(); };
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await once();
  return (performance.now() - t0) / 1000;
}

/** The smallest power-of-two call count of `c` that takes at least `seconds` (the trial runs warm it up too). */
async function callsFor(c: Candidate, seconds: number): Promise<number> {
  let n = 1;
  while ((await timeCalls(c, n)) < seconds) n *= 2;
  return n;
}

async function viaSampler(c: Candidate, o: MeasureOptions): Promise<Measurement> {
  const n = await callsFor(c, 0.05);
  const rates: number[] = [];
  const deadline = performance.now() + o.maxTime * 1000;
  while (rates.length < o.minSamples || (performance.now() < deadline && rates.length < 50)) rates.push(n / (await timeCalls(c, n)));
  rates.sort((a, b) => a - b);
  const median = rates[rates.length >> 1]!;
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const sd = Math.sqrt(rates.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, rates.length - 1));
  const rme = (100 * 1.96 * sd) / Math.sqrt(rates.length) / mean;
  return { name: c.name, kind: kindOf(c), hz: median * (c.batch ?? 1), rme, samples: rates.length };
}

export async function measure(c: Candidate, o: MeasureOptions): Promise<Measurement> {
  await c.setup?.();
  return canCompile() ? viaBenchmarkJs(c, o) : viaSampler(c, o);
}

/**
 * `rounds` back-to-back timings of two candidates, the order alternating each round; returns each round's rates
 * (ops/s, × batch) and ratio a ÷ b. Each side's call count is calibrated once, before the first round (which also
 * warms both up), so that it runs for `minTime` to 2·`minTime` seconds: both halves of a round are short and of
 * similar length, so they see the same host state.
 */
export async function pairedRounds(a: Candidate, b: Candidate, rounds: number, minTime: number): Promise<Paired['rounds']> {
  const rate = async (c: Candidate, n: number) => {
    await c.setup?.();
    return (n * (c.batch ?? 1)) / (await timeCalls(c, n));
  };
  const calls = async (c: Candidate) => { await c.setup?.(); return callsFor(c, minTime); };
  const na = await calls(a), nb = await calls(b);
  const out: Paired['rounds'] = [];
  for (let r = 0; r < rounds; r++) {
    let ours: number, theirs: number;
    if (r % 2) { theirs = await rate(b, nb); ours = await rate(a, na); } else { ours = await rate(a, na); theirs = await rate(b, nb); }
    out.push({ ours, theirs, ratio: ours / theirs });
  }
  return out;
}
