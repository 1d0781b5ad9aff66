// Kernel exports of the AES family (re-exported by assembly/index.ts): AES-256-GCM (SP 800-38D) and AES-256-CTR
// with a 128-bit counter (SP 800-38A), one-shot, streamed and batched.
//
// Conventions: pointers and lengths are byte offsets into memory, normally inside the IO window (abi.ts); the
// facade (src/wasm/aes.ts) has validated every length. Functions returning i32 return STATUS_OK or a negative
// STATUS_* code. Every export that completes an operation wipes the key schedule, keystream, GHASH state and
// scratch before returning, on success and on failure; the streamed ones leave their state in private memory
// until the final step (or aes_gcm_wipe / aes_ctr_wipe / aes_wipe_all) clears it.
//
// Batch tables are arrays of u32 fields (little-endian), one entry per operation:
//   GCM (32 bytes): key, iv, ivLen, aad, aadLen, src, len, dst
//       seal: src = plaintext (len), dst = ciphertext ‖ tag (len + 16)
//       open: src = ciphertext ‖ tag (len + 16), dst = plaintext (len)
//   CTR (20 bytes): key, iv (16), src, len, dst
import { STATUS_AUTH_FAILED, STATUS_OK } from '../abi';
import { ctrInit, ctrUpdate, ctrWipe } from './ctr';
import { gcmAad, gcmAuth, gcmDecrypt, gcmEncrypt, gcmInit, gcmTag, gcmVerify, gcmWipe } from './gcm';

// --- AES-256-GCM, one shot ---

function seal(key: usize, iv: usize, ivLen: usize, aad: usize, aadLen: usize, src: usize, len: usize, dst: usize): i32 {
  let s = gcmInit(key, iv, ivLen);
  if (s == STATUS_OK) s = gcmAad(aad, aadLen);
  if (s == STATUS_OK) s = gcmEncrypt(src, len, dst);
  if (s == STATUS_OK) s = gcmTag(dst + len);
  gcmWipe();
  return s;
}

function open(key: usize, iv: usize, ivLen: usize, aad: usize, aadLen: usize, src: usize, len: usize, dst: usize): i32 {
  let s = gcmInit(key, iv, ivLen);
  if (s == STATUS_OK) s = gcmAad(aad, aadLen);
  if (s == STATUS_OK) s = gcmAuth(src, len);
  if (s == STATUS_OK) s = gcmVerify(src + len);
  if (s == STATUS_OK) s = gcmDecrypt(src, len, dst);
  gcmWipe();
  return s;
}

/**
 * Encrypt `len` bytes at `src` and write ciphertext ‖ tag (len + 16 bytes) to `dst` (dst may equal src).
 * Returns STATUS_BAD_LENGTH for an empty IV.
 */
export function aes_gcm_seal(key: usize, iv: usize, ivLen: usize, aad: usize, aadLen: usize,
                             src: usize, len: usize, dst: usize): i32 {
  return seal(key, iv, ivLen, aad, aadLen, src, len, dst);
}

/**
 * Verify and decrypt: `src` holds ciphertext (len) ‖ tag (16). The tag is checked (constant time) before any
 * plaintext is computed; on STATUS_AUTH_FAILED nothing was written to `dst`.
 */
export function aes_gcm_open(key: usize, iv: usize, ivLen: usize, aad: usize, aadLen: usize,
                             src: usize, len: usize, dst: usize): i32 {
  return open(key, iv, ivLen, aad, aadLen, src, len, dst);
}

// --- AES-256-GCM, streamed (one facade call: init → aad* → encrypt* → tag, or init → aad* → auth* → verify →
// decrypt*; every chunk but the last of each kind a multiple of 16 bytes) ---

export function aes_gcm_init(key: usize, iv: usize, ivLen: usize): i32 { return gcmInit(key, iv, ivLen); }
export function aes_gcm_aad(p: usize, len: usize): i32 { return gcmAad(p, len); }
export function aes_gcm_encrypt(src: usize, len: usize, dst: usize): i32 { return gcmEncrypt(src, len, dst); }
/** Writes the tag and wipes the state. */
export function aes_gcm_tag(out: usize): i32 { const s = gcmTag(out); gcmWipe(); return s; }
export function aes_gcm_auth(src: usize, len: usize): i32 { return gcmAuth(src, len); }
/** On STATUS_AUTH_FAILED the state is already wiped. */
export function aes_gcm_verify(tag: usize): i32 { return gcmVerify(tag); }
export function aes_gcm_decrypt(src: usize, len: usize, dst: usize): i32 { return gcmDecrypt(src, len, dst); }
export function aes_gcm_wipe(): void { gcmWipe(); }

// --- Batches ---

/** Seal `count` messages described by the GCM table (see header). Stops at, and returns, the first refusal. */
export function aes_gcm_seal_batch(count: u32, table: usize): i32 {
  for (let i: u32 = 0; i < count; i++) {
    const e = table + (<usize>i << 5);
    const s = seal(load<u32>(e, 0), load<u32>(e, 4), load<u32>(e, 8), load<u32>(e, 12), load<u32>(e, 16),
      load<u32>(e, 20), load<u32>(e, 24), load<u32>(e, 28));
    if (s != STATUS_OK) return s;
  }
  return STATUS_OK;
}

/**
 * Open `count` messages described by the GCM table; the i32 status of entry i goes to status + 4i (STATUS_OK or
 * STATUS_AUTH_FAILED; a failed entry's output is left untouched). Returns STATUS_AUTH_FAILED if any entry failed.
 */
export function aes_gcm_open_batch(count: u32, table: usize, status: usize): i32 {
  let all = STATUS_OK;
  for (let i: u32 = 0; i < count; i++) {
    const e = table + (<usize>i << 5);
    const s = open(load<u32>(e, 0), load<u32>(e, 4), load<u32>(e, 8), load<u32>(e, 12), load<u32>(e, 16),
      load<u32>(e, 20), load<u32>(e, 24), load<u32>(e, 28));
    store<i32>(status + (<usize>i << 2), s);
    if (s != STATUS_OK) all = s == STATUS_AUTH_FAILED ? STATUS_AUTH_FAILED : s;
  }
  return all;
}

// --- AES-256-CTR (128-bit big-endian counter) ---

/** dst = src ⊕ AES-CTR keystream from the 16-byte initial counter block at `iv` (dst may equal src). */
export function aes_ctr(key: usize, iv: usize, src: usize, len: usize, dst: usize): void {
  ctrInit(key, iv);
  ctrUpdate(src, len, dst);
  ctrWipe();
}

export function aes_ctr_init(key: usize, iv: usize): void { ctrInit(key, iv); }
export function aes_ctr_update(src: usize, len: usize, dst: usize): void { ctrUpdate(src, len, dst); }
export function aes_ctr_wipe(): void { ctrWipe(); }

/** `count` CTR operations described by the CTR table (see header), e.g. one 33-byte key wrap per recipient. */
export function aes_ctr_batch(count: u32, table: usize): void {
  for (let i: u32 = 0; i < count; i++) {
    const e = table + <usize>i * 20;
    ctrInit(load<u32>(e, 0), load<u32>(e, 4));
    ctrUpdate(load<u32>(e, 8), load<u32>(e, 12), load<u32>(e, 16));
  }
  ctrWipe();
}

/** Wipe every private region of the AES family (called by wipe_all after a trap). */
export function aes_wipe_all(): void {
  gcmWipe();
  ctrWipe();
}
