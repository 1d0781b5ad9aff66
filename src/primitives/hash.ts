// SHA-256 and SHA-512 (FIPS 180-4).
import { abytes } from '../bytes.ts';
import { current, ready, type HashName } from '../engine.ts';
import { routeAsync } from '../policy.ts';
import { webcryptoDigest } from '../webcrypto/hashes.ts';

/** @internal Shared by the sync hash functions and by other primitives that hash. */
export function digest(hash: HashName, data: Uint8Array): Uint8Array {
  const s = current();
  return data.length >= s.routes.nativeSync.digest ? s.nativeHashes!.digest(hash, data) : s.active.digest(hash, data);
}

function digestAsync(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return routeAsync('digest', data.length, ready, current, (subtle) => webcryptoDigest(subtle, hash, data),
    () => digest(hash, data));
}

/**
 * SHA-256 of `data` (FIPS 180-4). Synchronous; call after `await ready()`.
 * @param data - any length
 * @returns 32 bytes
 * @throws {@link InvalidArgumentError} if `data` is not a Uint8Array
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example
 * ```ts
 * await ready();
 * const d = sha256(new TextEncoder().encode('abc'));
 * ```
 */
export function sha256(data: Uint8Array): Uint8Array {
  abytes(data, 'data');
  return digest('sha256', data);
}

/**
 * SHA-512 of `data` (FIPS 180-4). Synchronous; call after `await ready()`.
 * @returns 64 bytes
 * @throws {@link InvalidArgumentError} if `data` is not a Uint8Array
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const d = sha512(bytes);`
 */
export function sha512(data: Uint8Array): Uint8Array {
  abytes(data, 'data');
  return digest('sha512', data);
}

/**
 * SHA-256, async: awaits `ready()` itself and, for inputs above the runtime's measured crossover, uses WebCrypto.
 * Same bytes as {@link sha256}.
 * @throws {@link InvalidArgumentError} (rejection) if `data` is not a Uint8Array
 * @example `const d = await sha256Async(file);`
 */
export async function sha256Async(data: Uint8Array): Promise<Uint8Array> {
  abytes(data, 'data');
  return digestAsync('sha256', data);
}

/**
 * SHA-512, async; see {@link sha256Async}.
 * @throws {@link InvalidArgumentError} (rejection) if `data` is not a Uint8Array
 * @example `const d = await sha512Async(file);`
 */
export async function sha512Async(data: Uint8Array): Promise<Uint8Array> {
  abytes(data, 'data');
  return digestAsync('sha512', data);
}
