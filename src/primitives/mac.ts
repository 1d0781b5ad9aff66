// HMAC (RFC 2104) and HKDF (RFC 5869) over SHA-256 / SHA-512.
import { abytes, aint, aoneOf, aoptionalBytes } from '../bytes.ts';
import { current, ready, type HashName } from '../engine.ts';
import { routeAsync } from '../policy.ts';
import { webcryptoHmac } from '../webcrypto/hashes.ts';

const HASHES: readonly HashName[] = ['sha256', 'sha512'];
const HASH_LEN = { sha256: 32, sha512: 64 } as const;

function hmacSync(hash: HashName, key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = current();
  return data.length >= s.routes.nativeSync.hmac ? s.nativeHashes!.hmac(hash, key, data) : s.active.hmac(hash, key, data);
}

/**
 * HMAC of `data` under `key` (RFC 2104). Synchronous; call after `await ready()`.
 * @param hash - `'sha256'` or `'sha512'`
 * @param key - any length (keys longer than the hash block are hashed first, as the RFC says)
 * @returns 32 or 64 bytes
 * @throws {@link InvalidArgumentError} for a wrong hash name or non-Uint8Array input
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const tag = hmac('sha256', key, message);`
 */
export function hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Uint8Array {
  aoneOf(hash, 'hash', HASHES);
  abytes(key, 'key');
  abytes(data, 'data');
  return hmacSync(hash, key, data);
}

/**
 * HMAC, async: awaits `ready()` and sends inputs above the runtime's measured crossover to WebCrypto.
 * Same bytes as {@link hmac}.
 * @throws {@link InvalidArgumentError} (rejection) for bad arguments
 * @example `const tag = await hmacAsync('sha256', key, bigMessage);`
 */
export async function hmacAsync(hash: HashName, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  aoneOf(hash, 'hash', HASHES);
  abytes(key, 'key');
  abytes(data, 'data');
  // WebCrypto refuses zero-length HMAC keys in some runtimes; the engine handles them.
  return routeAsync('hmac', key.length > 0 ? data.length : -1, ready, current,
    (subtle) => webcryptoHmac(subtle, hash, key, data), () => hmacSync(hash, key, data));
}

/**
 * HKDF extract-then-expand (RFC 5869). Synchronous; call after `await ready()`.
 * @param salt - optional; absent means HashLen zero bytes (RFC 5869 §2.2)
 * @param info - optional context string
 * @param length - output bytes, 1 … 255·HashLen (8160 for SHA-256, 16320 for SHA-512)
 * @throws {@link InvalidArgumentError} for a wrong hash name, non-Uint8Array input or length out of range
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const key = hkdf('sha256', sharedSecret, undefined, info, 32);`
 */
export function hkdf(hash: HashName, ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array | undefined,
                     length: number): Uint8Array {
  aoneOf(hash, 'hash', HASHES);
  abytes(ikm, 'ikm');
  aoptionalBytes(salt, 'salt');
  aoptionalBytes(info, 'info');
  aint(length, 'length', 1, 255 * HASH_LEN[hash]);
  const s = current();
  // node:crypto refuses info longer than 1024 bytes; such calls stay on the engine.
  return ikm.length >= s.routes.nativeSync.hkdf && (info?.length ?? 0) <= 1024
    ? s.nativeHashes!.hkdf(hash, ikm, salt, info, length) : s.active.hkdf(hash, ikm, salt, info, length);
}

/**
 * HKDF expand only (RFC 5869 §2.3): `prk` is used directly as the pseudorandom key. The protocol's KDF id 9
 * (wire-format §3.8) is `hkdfExpand('sha512', …)`. Synchronous; call after `await ready()`.
 * @param length - output bytes, 1 … 255·HashLen
 * @throws {@link InvalidArgumentError} for a wrong hash name, non-Uint8Array input or length out of range
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const okm = hkdfExpand('sha512', prk, info, 64);`
 */
export function hkdfExpand(hash: HashName, prk: Uint8Array, info: Uint8Array | undefined, length: number): Uint8Array {
  aoneOf(hash, 'hash', HASHES);
  abytes(prk, 'prk');
  aoptionalBytes(info, 'info');
  aint(length, 'length', 1, 255 * HASH_LEN[hash]);
  return current().active.hkdfExpand(hash, prk, info, length);
}
