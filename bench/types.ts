// Shapes of the benchmark suite. A group is one operation at one size; its candidates are ephemera's paths and
// every competitor the runtime has, measured in the same run and reported as ratios to `ours`.
import type { Lib } from '../src/conformance/types.ts';

export interface Candidate {
  readonly name: string;
  /** Synchronous operation, or… */
  readonly fn?: () => unknown;
  /** …an async one (awaited per call). */
  readonly async?: () => Promise<unknown>;
  /** The operation does `batch` units of work per call (e.g. Promise.all of 64 WebCrypto calls). */
  readonly batch?: number;
  /** Awaited before this candidate is measured (e.g. selecting an engine mode). */
  readonly setup?: () => Promise<void>;
}

export interface Target {
  /** Figure id from shared/guides/performance.md (P1…P10) or the issue. */
  readonly id: string;
  /** Competitor name the ratio is taken against. */
  readonly vs: string;
  readonly min: number;
}

export interface Group {
  readonly id: string;
  readonly title: string;
  /** Candidate whose speed the ratios are taken of (ephemera's default path). */
  readonly ours: string;
  /** Bytes processed per operation, for MB/s. */
  readonly bytes?: number;
  readonly candidates: readonly Candidate[];
  readonly targets?: readonly Target[];
  /** Measured only when `--filter` names it explicitly (e.g. the crossover sweeps behind src/policy.ts). */
  readonly optional?: boolean;
  /**
   * Competitors also timed against `ours` in alternating back-to-back rounds (the median per-round ratio is
   * reported), besides every target's competitor, which is always paired: for differences of a few per cent,
   * which this host's speed swings (±15–25 % between samples, and between runs) would otherwise hide.
   */
  readonly paired?: readonly string[];
}

export interface BenchContext {
  readonly runtime: string;
  readonly lib: Lib;
  /** node:crypto where the runtime has it (Node, Deno, Bun). */
  readonly nodeCrypto?: typeof import('node:crypto');
  readonly subtle?: SubtleCrypto;
  /** Whether hash-wasm can instantiate here (it compiles from bytes, which workerd refuses). */
  readonly hashWasm: boolean;
}

export type GroupFactory = (ctx: BenchContext) => Promise<Group[]>;

/** How a candidate is called: plain sync call, one awaited call, or a batch of concurrent calls. */
export type Kind = 'sync' | 'async' | 'batched';

export function kindOf(c: Candidate): Kind {
  return c.fn ? 'sync' : c.batch ? 'batched' : 'async';
}

export interface Measurement { name: string; kind: Kind; hz: number; rme: number; samples: number }
export interface GroupResult {
  id: string; title: string; ours: string; bytes?: number;
  results: Measurement[];
  /** P10 per call kind: ephemera's default path of that kind vs the fastest alternative of the same kind. */
  p10: { kind: Kind; ours: string; best: string; ratio: number }[];
  /** `paired`: the ratio is the paired rounds' median (null ratio: the competitor is missing in this runtime). */
  targets: { id: string; vs: string; min: number; ratio: number | null; met: boolean | null; paired: boolean }[];
  /** Paired rounds per competitor: each the rate of `ours` and of `vs` (ops/s) timed back to back, and their ratio. */
  paired: Paired[];
}

export interface Paired { vs: string; median: number; rounds: { ours: number; theirs: number; ratio: number }[] }
