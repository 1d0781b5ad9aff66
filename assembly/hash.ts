// Hash-family dispatch shared by HMAC, HKDF and the streaming exports.
// `alg` is a public parameter (0 = SHA-256, 1 = SHA-512); branching on it leaks nothing.
import { SHA256_BLOCK, SHA256_OUT, SHA256_STATE_SIZE, sha256Final, sha256Init, sha256Update } from './sha256';
import { SHA512_BLOCK, SHA512_OUT, SHA512_STATE_SIZE, sha512Final, sha512Init, sha512Update } from './sha512';
import { wipe } from './bytes';

export const ALG_SHA256: u32 = 0;
export const ALG_SHA512: u32 = 1;

/** Large enough for the state of either hash. */
export const HASH_STATE_SIZE: usize = 208; // = max(SHA256_STATE_SIZE, SHA512_STATE_SIZE)

// @ts-ignore: decorator
@inline export function blockLen(alg: u32): usize { return alg == ALG_SHA512 ? SHA512_BLOCK : SHA256_BLOCK; }
// @ts-ignore: decorator
@inline export function outLen(alg: u32): usize { return alg == ALG_SHA512 ? SHA512_OUT : SHA256_OUT; }

export function hashInit(alg: u32, st: usize): void {
  if (alg == ALG_SHA512) sha512Init(st); else sha256Init(st);
}

export function hashUpdate(alg: u32, st: usize, p: usize, len: usize): void {
  if (alg == ALG_SHA512) sha512Update(st, p, len); else sha256Update(st, p, len);
}

/** Writes outLen(alg) bytes to `out` and wipes the state. */
export function hashFinal(alg: u32, st: usize, out: usize): void {
  if (alg == ALG_SHA512) sha512Final(st, out); else sha256Final(st, out);
}

/** State of the streaming hash export (one facade call drives init → update* → final). */
export const STREAM_HASH: usize = memory.data(<i32>HASH_STATE_SIZE, 16);

export function hashWipe(): void {
  wipe(STREAM_HASH, HASH_STATE_SIZE);
}
