// Argument validation and byte helpers used at the TypeScript boundary (before any kernel call).
// Messages follow one shape: `"name" expected <what>, got <what>` so a caller can see which argument was wrong.
import { InvalidArgumentError } from './errors.ts';

/** Bytes as this SDK accepts and returns them. */
export type Bytes = Uint8Array;

/** True for any Uint8Array, including one from another realm (iframe, worker) or a Node Buffer. */
export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && (value as object).constructor?.name === 'Uint8Array');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (ArrayBuffer.isView(value)) return `${(value as object).constructor?.name ?? 'ArrayBufferView'}`;
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}

/** Assert `value` is a Uint8Array, optionally of one of the given lengths. */
export function abytes(value: unknown, name: string, ...lengths: number[]): asserts value is Uint8Array {
  if (!isBytes(value)) throw new InvalidArgumentError(`"${name}" expected Uint8Array, got ${describe(value)}`);
  if (lengths.length > 0 && !lengths.includes(value.length)) {
    throw new InvalidArgumentError(
      `"${name}" expected Uint8Array of length ${lengths.join(' or ')}, got length=${value.length}`);
  }
}

/** Assert `value` is an optional Uint8Array (undefined allowed). */
export function aoptionalBytes(value: unknown, name: string): asserts value is Uint8Array | undefined {
  if (value !== undefined) abytes(value, name);
}

/** Assert `value` is Uint8Array with length in [min, max]. */
export function abytesRange(value: unknown, name: string, min: number, max: number): asserts value is Uint8Array {
  abytes(value, name);
  if (value.length < min || value.length > max) {
    throw new InvalidArgumentError(`"${name}" expected Uint8Array of length ${min}..${max}, got length=${value.length}`);
  }
}

/** Assert `value` is an integer in [min, max]. */
export function aint(value: unknown, name: string, min: number, max: number): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const got = typeof value === 'number' ? String(value) : describe(value);
    throw new InvalidArgumentError(`"${name}" expected integer ${min}..${max}, got ${got}`);
  }
}

/** Assert `value` is one of `options`. */
export function aoneOf<T extends string>(value: unknown, name: string, options: readonly T[]): asserts value is T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    const got = typeof value === 'string' ? JSON.stringify(value) : describe(value);
    throw new InvalidArgumentError(`"${name}" expected one of ${options.map((o) => `'${o}'`).join(', ')}, got ${got}`);
  }
}

/** Concatenate byte arrays into a new one. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** Constant-time equality for equal-length inputs (the length itself is not secret). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
