// Deterministic test data helpers matching the generators recorded in vectors/pinned/*.json.
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** bytes[i] = (i * 7 + seed) mod 256 — the `pattern` of vectors/pinned. */
export function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 7 + seed) & 0xff;
  return out;
}

/** Small deterministic PRNG (xorshift32) for differential inputs: reproducible from the seed in a failure message. */
export function prng(seed: number): { bytes(n: number): Uint8Array; int(max: number): number } {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  return {
    bytes(n) { const out = new Uint8Array(n); for (let i = 0; i < n; i++) out[i] = next() & 0xff; return out; },
    int(max) { return next() % max; },
  };
}
