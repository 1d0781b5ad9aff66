// Minimal runtime-neutral assertions (no node:assert: the suites also run in Chromium and workerd).
import { bytesToHex } from '../../src/conformance/hex.ts';

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

/** Assert bytes equal an expected hex string or byte array. */
export function bytes(actual: Uint8Array, expected: string | Uint8Array, what: string): void {
  ok(actual instanceof Uint8Array, `${what}: expected a Uint8Array, got ${Object.prototype.toString.call(actual)}`);
  const want = typeof expected === 'string' ? expected.toLowerCase() : bytesToHex(expected);
  const got = bytesToHex(actual);
  if (got !== want) {
    const short = (h: string) => (h.length > 80 ? `${h.slice(0, 80)}… (${h.length / 2} B)` : h);
    throw new AssertionError(`${what}: expected ${short(want)}, got ${short(got)}`);
  }
}

interface Coded { code?: unknown; name?: unknown; message?: unknown }

function checkError(err: unknown, code: string, what: string, messageIncludes?: string): void {
  const e = err as Coded;
  ok(e?.code === code, `${what}: expected error code ${code}, got ${String(e?.code ?? e?.name ?? err)}: ${String(e?.message)}`);
  if (messageIncludes !== undefined) {
    ok(String(e.message).includes(messageIncludes), `${what}: message "${String(e.message)}" lacks "${messageIncludes}"`);
  }
}

/** Assert `fn` throws synchronously an error with `code` (and optionally a message fragment). */
export function throwsCode(fn: () => unknown, code: string, what: string, messageIncludes?: string): void {
  let threw = false;
  try {
    const r = fn();
    if (r instanceof Promise) r.catch(() => {});
  } catch (err) {
    threw = true;
    checkError(err, code, what, messageIncludes);
  }
  ok(threw, `${what}: expected ${code}, but nothing was thrown`);
}

/** Assert the promise returned by `fn` rejects with `code` (and never throws synchronously). */
export async function rejectsCode(fn: () => Promise<unknown>, code: string, what: string, messageIncludes?: string): Promise<void> {
  let promise: Promise<unknown>;
  try {
    promise = fn();
  } catch (err) {
    throw new AssertionError(`${what}: threw synchronously (${String((err as Coded)?.code ?? err)}) instead of rejecting`);
  }
  try {
    await promise;
  } catch (err) {
    checkError(err, code, what, messageIncludes);
    return;
  }
  throw new AssertionError(`${what}: expected rejection with ${code}, but it resolved`);
}
