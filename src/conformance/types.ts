// Shapes shared by the conformance recognizers, the CLI and the test suites. The primitives are injected (the
// package entry the caller imported), so the same recognizer checks any engine in any runtime.
import type * as Primitives from '../primitives.ts';

export type Lib = typeof Primitives;

/** One vector. `run` resolves to undefined when the SDK's behaviour matches the file, else to a failure reason. */
export interface VectorCase {
  readonly id: string;
  /** Set when the case is outside what the SDK supports; the text is the reason, reported with the skip. */
  readonly skip?: string;
  run(lib: Lib): Promise<string | undefined> | string | undefined;
}

/** Recognizes one file format by its content (never by its name or path) and turns it into cases. */
export interface Recognizer {
  /** Reported schema name, e.g. `wycheproof/hkdf_test_schema_v1 (HKDF-SHA-256)`. */
  schema(json: unknown): string;
  matches(json: unknown): boolean;
  cases(json: unknown): VectorCase[];
}

export interface CaseIssue { id: string; reason: string }

export interface FileReport {
  path: string;
  schema: string;
  passed: number;
  failed: number;
  skipped: number;
  failures: CaseIssue[];
  skips: CaseIssue[];
}
