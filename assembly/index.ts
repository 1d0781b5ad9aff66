// The kernel's only export surface: flat `<primitive>_<op>` functions over pointers into IO (see abi.ts) plus the
// ABI constants. No logic lives here; each function forwards to the file that owns the primitive. The AES and
// P-521 families keep their export lists in aes/exports.ts and p521/exports.ts.
// `alg`: 0 = SHA-256, 1 = SHA-512. Functions returning i32 return STATUS_OK (0) or a negative STATUS_* code.
import { STREAM_HASH, hashFinal, hashInit, hashUpdate, hashWipe } from './hash';
import { STREAM_HMAC, hmacFinal, hmacInit, hmacUpdate, hmacWipe } from './hmac';
import { hkdf as hkdfImpl, hkdfExpand, hkdfWipe } from './hkdf';
import { identifierWipe, saltedHash, saltedHashBatch } from './identifier';

import { aes_wipe_all } from './aes/exports';
import { p521_wipe_all } from './p521/exports';

export { ABI_VERSION, IO_PTR, IO_SIZE } from './abi';
export * from './aes/exports';
export * from './p521/exports';
export { SALT_MAX } from './identifier';

// --- SHA-2 ---
export function hash_oneshot(alg: u32, p: usize, len: usize, out: usize): void {
  hashInit(alg, STREAM_HASH); hashUpdate(alg, STREAM_HASH, p, len); hashFinal(alg, STREAM_HASH, out);
}
export function hash_init(alg: u32): void { hashInit(alg, STREAM_HASH); }
export function hash_update(alg: u32, p: usize, len: usize): void { hashUpdate(alg, STREAM_HASH, p, len); }
export function hash_final(alg: u32, out: usize): void { hashFinal(alg, STREAM_HASH, out); }

// --- HMAC ---
export function hmac_oneshot(alg: u32, key: usize, keyLen: usize, p: usize, len: usize, out: usize): void {
  hmacInit(alg, STREAM_HMAC, key, keyLen); hmacUpdate(alg, STREAM_HMAC, p, len); hmacFinal(alg, STREAM_HMAC, out);
}
export function hmac_init(alg: u32, key: usize, keyLen: usize): void { hmacInit(alg, STREAM_HMAC, key, keyLen); }
export function hmac_update(alg: u32, p: usize, len: usize): void { hmacUpdate(alg, STREAM_HMAC, p, len); }
export function hmac_final(alg: u32, out: usize): void { hmacFinal(alg, STREAM_HMAC, out); }

// --- HKDF ---
export function hkdf(alg: u32, ikm: usize, ikmLen: usize, salt: usize, saltLen: usize,
                     info: usize, infoLen: usize, out: usize, len: usize): i32 {
  return hkdfImpl(alg, ikm, ikmLen, salt, saltLen, info, infoLen, out, len);
}
export function hkdf_expand(alg: u32, prk: usize, prkLen: usize, info: usize, infoLen: usize, out: usize, len: usize): i32 {
  return hkdfExpand(alg, prk, prkLen, info, infoLen, out, len);
}

// --- Identifier hashing ---
export function salted_hash(id: usize, idLen: usize, salt: usize, saltLen: usize, rounds: u32, out: usize): i32 {
  return saltedHash(id, idLen, salt, saltLen, rounds, out);
}
export function salted_hash_batch(count: u32, table: usize, salt: usize, saltLen: usize, rounds: u32, out: usize): i32 {
  return saltedHashBatch(count, table, salt, saltLen, rounds, out);
}

/** Wipe every private region. marshal.ts calls this after a trap, when a primitive could not clean up itself. */
export function wipe_all(): void {
  hashWipe(); hmacWipe(); hkdfWipe(); identifierWipe();
  aes_wipe_all(); p521_wipe_all();
}
