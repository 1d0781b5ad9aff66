// Strict hex codec for vector files (lower or upper case, even length, nothing else).
export function hexToBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError(`malformed hex string (length ${String(hex?.length)})`);
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Compare bytes with an expected hex string; returns a failure reason or undefined. */
export function diffHex(what: string, actual: Uint8Array, expectedHex: string): string | undefined {
  const got = bytesToHex(actual);
  return got === expectedHex.toLowerCase() ? undefined : `${what}: expected ${expectedHex}, got ${got}`;
}

/** Run `fn` and report whether it threw an EphemeraError with `code` (undefined = it did, as expected). */
export function expectCode(what: string, code: string, fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    const got = (err as { code?: unknown })?.code;
    return got === code ? undefined : `${what}: expected ${code}, got ${String(got ?? err)}`;
  }
  return `${what}: expected ${code}, but it succeeded`;
}
