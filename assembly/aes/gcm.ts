// AES-256-GCM (NIST SP 800-38D §7): authenticated encryption, streamed init → aad* → (encrypt* → tag) or
// (auth* → verify → decrypt*).
//
// Decryption is two passes over the ciphertext: auth absorbs it into GHASH, verify compares the recomputed tag with
// the received one in constant time (XOR-OR over all 16 bytes, one verdict at the end), and only after a match does
// decrypt run the counter mode. On a mismatch no plaintext byte is ever computed. The state machine below refuses
// decrypt before a successful verify.
//
// Setup costs one AES pass (cipher.ts: 4 blocks scalar, 8 SIMD) for a 96-bit IV: blocks [0^128, J0, J0+1, …] give
// H, E_K(J0) (the tag mask) and the first 2 (6) blocks of keystream — a 32-byte message needs no other AES work.
// Other IV lengths (SP 800-38D §7.1 step 2) take one pass for H, GHASH over the padded IV and its length for J0,
// and a second pass.
//
// Memory (private; wiped by gcmWipe, which every export that finishes a message calls):
//   RK  RK_SIZE     the bitsliced key schedule (cipher.ts)
//   KS  192 bytes   keystream state (ctr.ts)
//   GS  64 bytes    +0 E_K(J0) · +16 AAD bytes (u64) · +24 text bytes (u64) · +32 phase (u32) · +36 closed (u32)
//                   · +40 bytes decrypted so far (u64) · +48 computed tag
import { PASS_BLOCKS, PASS_BYTES, RK_SIZE, aesEncryptPass, aesKeySchedule, aesWipeCore } from './cipher';
import { INC32, KS_STATE_SIZE, ksInit, ksSetBuffered, ksWipe, ksWipeScratch, ksXor } from './ctr';
import { ghashDigest, ghashLengths, ghashPowers, ghashRestart, ghashSetKey, ghashUpdate, ghashWipe } from './ghash';
import { STATUS_AUTH_FAILED, STATUS_BAD_LENGTH, STATUS_BAD_STATE, STATUS_OK } from '../abi';

const RK: usize = memory.data(<i32>RK_SIZE, 64);
const KS: usize = memory.data(<i32>KS_STATE_SIZE, 64);
const GS: usize = memory.data(64, 16);

// Phases of the state machine.
const IDLE: u32 = 0;
const AAD: u32 = 1;      // after init: AAD may be added
const SEAL: u32 = 2;     // encrypting
const AUTH: u32 = 3;     // decryption pass 1: hashing ciphertext
const VERIFIED: u32 = 4; // decryption pass 2 allowed
const DONE: u32 = 5;     // tag produced or verification failed

/** SP 800-38D §5.2.1.1: at most 2^39 − 256 bits of plaintext. */
const MAX_TEXT: u64 = (<u64>1 << 36) - 32;

/**
 * Start a message under the 32-byte key at `key` with the `ivLen`-byte IV at `iv` (any length ≥ 1; 12 is the fast
 * path). Returns STATUS_BAD_LENGTH for an empty IV.
 */
export function gcmInit(key: usize, iv: usize, ivLen: usize): i32 {
  if (ivLen == 0) return STATUS_BAD_LENGTH;
  aesKeySchedule(key, RK);
  const buf = KS + 64; // the keystream buffer doubles as this pass's output
  if (ivLen == 12) {
    // J0 = IV ‖ 0^31 ‖ 1. Encrypt [0, J0, J0+1, …] (counter fields 1 … PASS_BLOCKS − 1).
    memory.fill(buf, 0, 16);
    for (let k: usize = 1; k < PASS_BLOCKS; k++) {
      memory.copy(buf + (k << 4), iv, 12);
      store<u32>(buf + (k << 4), bswap<u32>(<u32>k), 12);
    }
    aesEncryptPass(RK, buf, buf);
    ghashSetKey(buf);
    memory.copy(GS, buf + 16, 16);
    memory.fill(buf, 0, 32);
    // Next counter field PASS_BLOCKS; the keystream of J0+1 … is buffered.
    memory.copy(KS, iv, 12);
    store<u32>(KS, bswap<u32>(<u32>PASS_BLOCKS), 12);
    store<u32>(KS, INC32, 16);
    ksSetBuffered(KS, 32, <u32>PASS_BYTES - 32);
  } else {
    memory.fill(buf, 0, PASS_BYTES);
    aesEncryptPass(RK, buf, buf);
    ghashSetKey(buf);
    // J0 = GHASH(IV ‖ 0^(s+64) ‖ [len(IV)]_64).
    ghashUpdate(iv, ivLen);
    ghashLengths(0, <u64>ivLen);
    ghashDigest(buf);
    ghashRestart();
    ksInit(KS, buf, INC32);
    ksCounterPass();
  }
  store<u64>(GS, 0, 16);
  store<u64>(GS, 0, 24);
  store<u32>(GS, AAD, 32);
  store<u32>(GS, 0, 36);
  store<u64>(GS, 0, 40);
  return STATUS_OK;
}

/** Encrypt [J0, J0+1, …] (counter in KS): E_K(J0) → GS, the other blocks stay buffered as keystream. */
function ksCounterPass(): void {
  const buf = KS + 64;
  const c = bswap<u32>(load<u32>(KS, 12));
  for (let k: usize = 0; k < PASS_BLOCKS; k++) {
    memory.copy(buf + (k << 4), KS, 12);
    store<u32>(buf + (k << 4), bswap<u32>(c + <u32>k), 12);
  }
  store<u32>(KS, bswap<u32>(c + <u32>PASS_BLOCKS), 12);
  aesEncryptPass(RK, buf, buf);
  memory.copy(GS, buf, 16);
  memory.fill(buf, 0, 16);
  ksSetBuffered(KS, 16, <u32>PASS_BYTES - 16);
}

/**
 * Add `len` bytes of AAD. Several calls are allowed while every call but the last has a multiple of 16 bytes.
 * Pre: phase AAD. Returns STATUS_BAD_STATE otherwise.
 */
export function gcmAad(p: usize, len: usize): i32 {
  if (load<u32>(GS, 32) != AAD || load<u32>(GS, 36) != 0) return STATUS_BAD_STATE;
  ghashUpdate(p, len);
  store<u64>(GS, load<u64>(GS, 16) + <u64>len, 16);
  if ((len & 15) != 0) store<u32>(GS, 1, 36);
  return STATUS_OK;
}

/** Shared checks for a data chunk: phase transition from AAD, chunking rule, total length bound. */
function dataChunk(phase: u32, len: usize): i32 {
  const now = load<u32>(GS, 32);
  if (now == AAD) {
    store<u32>(GS, phase, 32);
    store<u32>(GS, 0, 36); // a short final AAD block was padded by GHASH already
  } else if (now != phase || load<u32>(GS, 36) != 0) {
    return STATUS_BAD_STATE;
  }
  const total = load<u64>(GS, 24) + <u64>len;
  if (total > MAX_TEXT) return STATUS_BAD_LENGTH;
  store<u64>(GS, total, 24);
  if ((len & 15) != 0) store<u32>(GS, 1, 36);
  if (len >= 64) ghashPowers();
  return STATUS_OK;
}

/** Encrypt `len` bytes from `src` to `dst` (may be equal) and absorb the ciphertext. Chunking as for gcmAad. */
export function gcmEncrypt(src: usize, len: usize, dst: usize): i32 {
  const s = dataChunk(SEAL, len);
  if (s != STATUS_OK) return s;
  // Slices of 4 KiB keep the ciphertext in L1 between the counter mode and GHASH.
  for (let off: usize = 0; off < len; off += 4096) {
    const n = min<usize>(4096, len - off);
    ksXor(KS, RK, src + off, dst + off, n);
    ghashUpdate(dst + off, n);
  }
  return STATUS_OK;
}

/** Decryption pass 1: absorb `len` bytes of ciphertext. Chunking as for gcmAad. */
export function gcmAuth(src: usize, len: usize): i32 {
  const s = dataChunk(AUTH, len);
  if (s != STATUS_OK) return s;
  ghashUpdate(src, len);
  return STATUS_OK;
}

/** Finish GHASH and compute the tag into GS+48. */
function computeTag(): void {
  ghashLengths(load<u64>(GS, 16), load<u64>(GS, 24));
  const t = GS + 48;
  ghashDigest(t);
  store<u64>(t, load<u64>(t, 0) ^ load<u64>(GS, 0), 0);
  store<u64>(t, load<u64>(t, 8) ^ load<u64>(GS, 8), 8);
}

/** Write the 16-byte tag to `out`. Pre: phase AAD or SEAL. */
export function gcmTag(out: usize): i32 {
  const now = load<u32>(GS, 32);
  if (now != AAD && now != SEAL) return STATUS_BAD_STATE;
  computeTag();
  memory.copy(out, GS + 48, 16);
  store<u32>(GS, DONE, 32);
  return STATUS_OK;
}

/**
 * Compare the recomputed tag with the 16 bytes at `tag` in constant time. STATUS_OK moves to phase VERIFIED (decrypt
 * allowed); STATUS_AUTH_FAILED wipes the whole GCM state, so nothing can be decrypted afterwards.
 * Pre: phase AAD or AUTH.
 */
export function gcmVerify(tag: usize): i32 {
  const now = load<u32>(GS, 32);
  if (now != AAD && now != AUTH) return STATUS_BAD_STATE;
  computeTag();
  const t = GS + 48;
  const diff = (load<u64>(t, 0) ^ load<u64>(tag, 0)) | (load<u64>(t, 8) ^ load<u64>(tag, 8));
  if (diff != 0) { // the verdict itself is public
    gcmWipe();
    store<u32>(GS, DONE, 32);
    return STATUS_AUTH_FAILED;
  }
  store<u32>(GS, VERIFIED, 32);
  return STATUS_OK;
}

/**
 * Decryption pass 2: `len` bytes from `src` to `dst` (may be equal). Pre: phase VERIFIED, and in total no more bytes
 * than were authenticated (STATUS_BAD_LENGTH otherwise).
 */
export function gcmDecrypt(src: usize, len: usize, dst: usize): i32 {
  if (load<u32>(GS, 32) != VERIFIED) return STATUS_BAD_STATE;
  const done = load<u64>(GS, 40) + <u64>len;
  if (done > load<u64>(GS, 24)) return STATUS_BAD_LENGTH; // never more than was authenticated
  store<u64>(GS, done, 40);
  ksXor(KS, RK, src, dst, len);
  return STATUS_OK;
}

/** Wipe the key schedule, keystream, GHASH state and scratch; the phase returns to IDLE. */
export function gcmWipe(): void {
  memory.fill(RK, 0, RK_SIZE);
  ksWipe(KS);
  memory.fill(GS, 0, 64);
  ghashWipe();
  aesWipeCore();
  ksWipeScratch();
}
