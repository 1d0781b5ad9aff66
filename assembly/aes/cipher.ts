// The AES-256 block core used by the modes (ctr.ts, gcm.ts), chosen at compile time:
//   scalar build (default):         aes256.ts, four blocks per call on 64-bit planes;
//   SIMD build (asc --enable simd): aes256x8.ts, eight blocks per call on SIMD128 planes, sixteen per bulk call.
// Both are bitsliced and constant-time and produce identical bytes; ASC_FEATURE_SIMD is a compile-time constant,
// so each build contains exactly one core (and only that core's private regions).
import { AES_RK_SIZE, aesEncrypt4, aesExpandKey, aesWipeScratch } from './aes256';
import { AES_RK_SIZE_X8, aesEncrypt16, aesEncrypt8, aesExpandKeyX8, aesWipeScratchX8 } from './aes256x8';

/** Blocks encrypted per aesEncryptPass call. */
export const PASS_BLOCKS: usize = ASC_FEATURE_SIMD ? 8 : 4;
/** Bytes per aesEncryptPass call (input and output). */
export const PASS_BYTES: usize = PASS_BLOCKS << 4;
/** Blocks encrypted per aesEncryptBulk call: 16 SIMD (two interleaved groups of eight), 4 scalar. */
export const BULK_BLOCKS: usize = ASC_FEATURE_SIMD ? 16 : 4;
/** Bytes per aesEncryptBulk call. */
export const BULK_BYTES: usize = BULK_BLOCKS << 4;
/** Bytes of an expanded key. */
export const RK_SIZE: usize = ASC_FEATURE_SIMD ? AES_RK_SIZE_X8 : AES_RK_SIZE;

/** Expand the 32-byte key at `key` into RK_SIZE bytes at `rk`. */
export function aesKeySchedule(key: usize, rk: usize): void {
  if (ASC_FEATURE_SIMD) aesExpandKeyX8(key, rk);
  else aesExpandKey(key, rk);
}

/** Encrypt PASS_BLOCKS blocks (PASS_BYTES bytes) from `src` to `dst` (may be equal). */
export function aesEncryptPass(rk: usize, src: usize, dst: usize): void {
  if (ASC_FEATURE_SIMD) aesEncrypt8(rk, src, dst);
  else aesEncrypt4(rk, src, dst);
}

/** Encrypt BULK_BLOCKS blocks (BULK_BYTES bytes) from `src` to `dst` (may be equal): the bulk path of the modes. */
export function aesEncryptBulk(rk: usize, src: usize, dst: usize): void {
  if (ASC_FEATURE_SIMD) aesEncrypt16(rk, src, dst);
  else aesEncrypt4(rk, src, dst);
}

/** Wipe the core's key-derived scratch (the expanded key itself is wiped by its owner). */
export function aesWipeCore(): void {
  aesWipeScratch();
  if (ASC_FEATURE_SIMD) aesWipeScratchX8();
}
