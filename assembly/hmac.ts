// HMAC (RFC 2104, FIPS 198-1) over SHA-256 or SHA-512, with a caller-given state pointer.
//
// State layout (HMAC_STATE_SIZE bytes): +0 inner hash state, +HASH_STATE_SIZE outer hash state.
// The outer state has already absorbed K0 ⊕ opad, so finishing needs one more outer block only.
// A key of HashLen zero bytes and an empty key give the same K0 (zero padding), which HKDF relies on.
import { HASH_STATE_SIZE, blockLen, hashFinal, hashInit, hashUpdate, outLen } from './hash';
import { wipe } from './bytes';

export const HMAC_STATE_SIZE: usize = 416; // = 2 × HASH_STATE_SIZE

/** K0 / inner-digest scratch (largest block). Holds key-derived bytes; wiped before each function returns. */
const PAD: usize = memory.data(128, 16);

/** Key the state at `st` with `keyLen` bytes at `key` (RFC 2104 §2, keys longer than a block are hashed first). */
export function hmacInit(alg: u32, st: usize, key: usize, keyLen: usize): void {
  const B = blockLen(alg);
  wipe(PAD, 128);
  if (keyLen > B) {
    hashInit(alg, st);
    hashUpdate(alg, st, key, keyLen);
    hashFinal(alg, st, PAD);
  } else {
    memory.copy(PAD, key, keyLen);
  }
  for (let i: usize = 0; i < B; i += 8) store<u64>(PAD + i, load<u64>(PAD + i) ^ 0x3636363636363636);
  hashInit(alg, st);
  hashUpdate(alg, st, PAD, B);
  for (let i: usize = 0; i < B; i += 8) store<u64>(PAD + i, load<u64>(PAD + i) ^ 0x6a6a6a6a6a6a6a6a); // ipad ⊕ opad
  hashInit(alg, st + HASH_STATE_SIZE);
  hashUpdate(alg, st + HASH_STATE_SIZE, PAD, B);
  wipe(PAD, 128);
}

export function hmacUpdate(alg: u32, st: usize, p: usize, len: usize): void {
  hashUpdate(alg, st, p, len);
}

/** Write the tag (outLen(alg) bytes) to `out`; both halves of the state are wiped. */
export function hmacFinal(alg: u32, st: usize, out: usize): void {
  const L = outLen(alg);
  hashFinal(alg, st, PAD);
  hashUpdate(alg, st + HASH_STATE_SIZE, PAD, L);
  hashFinal(alg, st + HASH_STATE_SIZE, out);
  wipe(PAD, 128);
}

/** State of the streaming HMAC export. */
export const STREAM_HMAC: usize = memory.data(<i32>HMAC_STATE_SIZE, 16);

export function hmacWipe(): void {
  wipe(PAD, 128);
  wipe(STREAM_HMAC, HMAC_STATE_SIZE);
}
