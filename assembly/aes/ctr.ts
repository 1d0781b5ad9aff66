// Counter-mode keystream (NIST SP 800-38A §6.5; SP 800-38D §6.5 GCTR), shared by AES-256-CTR and GCM.
//
// A keystream state (KS_STATE_SIZE bytes, owned by the caller) holds the next counter block and up to PASS_BYTES
// of keystream already generated but not yet used, so callers may stream data in chunks of any length. Keystream
// is produced PASS_BLOCKS blocks per core call (cipher.ts: 4 scalar, 8 SIMD). Counter increments:
//   INC128 — the whole block is a 128-bit big-endian integer (SP 800-38A B.1 with m = 128; the protocol's CTR,
//            wire-format.md §3.2, and WebCrypto AES-CTR with length = 128);
//   INC32  — only the last 32 bits, modulo 2^32 (SP 800-38D inc32, for GCM).
// Counter values are public (the IV travels with the ciphertext); nothing here branches on key or data.
//
// State layout: +0 counter block (16, byte form) · +16 mode (u32) · +20 bytes available (u32) · +24 offset of the
// first available byte in the buffer (u32) · +64 keystream buffer (PASS_BYTES).
import { BULK_BLOCKS, BULK_BYTES, PASS_BLOCKS, PASS_BYTES, RK_SIZE, aesEncryptBulk, aesEncryptPass, aesKeySchedule,
  aesWipeCore } from './cipher';

export const KS_STATE_SIZE: usize = 64 + 128;
export const INC128: u32 = 0;
export const INC32: u32 = 1;

/** BULK_BLOCKS (or PASS_BLOCKS) consecutive counter blocks, the input of one core call; the core encrypts them in
 * place, so the buffer then holds keystream. Wiped by ksWipeScratch. */
const CTRBUF: usize = memory.data(<i32>BULK_BYTES, 64);

/** Start a keystream at counter block `cb` (16 bytes; may be inside the state). No keystream is buffered. */
export function ksInit(st: usize, cb: usize, mode: u32): void {
  memory.copy(st, cb, 16);
  store<u32>(st, mode, 16);
  store<u32>(st, 0, 20);
  store<u32>(st, 0, 24);
}

/** Write the `n` counter blocks cb, cb+1, … to `dst` and advance the state's counter by `n` (default PASS_BLOCKS). */
export function ksCounterBlocks(st: usize, dst: usize, n: usize = PASS_BLOCKS): void {
  if (load<u32>(st, 16) == INC32) {
    const c = bswap<u32>(load<u32>(st, 12)), iv0 = load<u64>(st, 0), iv1 = load<u32>(st, 8);
    for (let k: usize = 0; k < n; k++) {
      const b = dst + (k << 4);
      store<u64>(b, iv0, 0);
      store<u32>(b, iv1, 8);
      store<u32>(b, bswap<u32>(c + <u32>k), 12);
    }
    store<u32>(st, bswap<u32>(c + <u32>n), 12);
  } else {
    const hi = bswap<u64>(load<u64>(st, 0)), lo = bswap<u64>(load<u64>(st, 8));
    for (let k: u64 = 0; k <= <u64>n; k++) {
      const l = lo + k;
      const h = hi + <u64>(l < lo); // carry into the upper half (wraps modulo 2^128 like SP 800-38A's counter)
      const at = k < <u64>n ? dst + (<usize>k << 4) : st; // the last one is the next counter
      store<u64>(at, bswap<u64>(h), 0);
      store<u64>(at, bswap<u64>(l), 8);
    }
  }
}

/** Generate the next PASS_BYTES of keystream into the state's buffer. */
function refill(st: usize, rk: usize): void {
  ksCounterBlocks(st, CTRBUF);
  aesEncryptPass(rk, CTRBUF, st + 64);
  store<u32>(st, <u32>PASS_BYTES, 20);
  store<u32>(st, 0, 24);
}

/** Mark `n` bytes at buffer offset `offset` as available keystream (used when a caller filled the buffer itself). */
export function ksSetBuffered(st: usize, offset: u32, n: u32): void {
  store<u32>(st, n, 20);
  store<u32>(st, offset, 24);
}

/** dst = src ⊕ next `len` bytes of keystream (dst may equal src). */
export function ksXor(st: usize, rk: usize, src: usize, dst: usize, len: usize): void {
  // Buffered keystream first.
  let avail = <usize>load<u32>(st, 20);
  if (avail > 0) {
    const off = <usize>load<u32>(st, 24), n = min<usize>(avail, len), buf = st + 64 + off;
    for (let i: usize = 0; i < n; i++) store<u8>(dst + i, load<u8>(src + i) ^ load<u8>(buf + i));
    memory.fill(buf, 0, n);
    store<u32>(st, <u32>(avail - n), 20);
    store<u32>(st, <u32>(off + n), 24);
    src += n; dst += n; len -= n;
    if (len == 0) return; // the rest of the buffer stays available
  }
  // Whole bulk passes straight from counter blocks, keystream in CTRBUF; then whole passes.
  const ks = st + 64;
  while (len >= BULK_BYTES) {
    ksCounterBlocks(st, CTRBUF, BULK_BLOCKS);
    aesEncryptBulk(rk, CTRBUF, CTRBUF);
    for (let i: usize = 0; i < BULK_BYTES; i += 8) store<u64>(dst + i, load<u64>(src + i) ^ load<u64>(CTRBUF + i));
    src += BULK_BYTES; dst += BULK_BYTES; len -= BULK_BYTES;
  }
  while (len >= PASS_BYTES) {
    ksCounterBlocks(st, CTRBUF);
    aesEncryptPass(rk, CTRBUF, CTRBUF);
    for (let i: usize = 0; i < PASS_BYTES; i += 8) store<u64>(dst + i, load<u64>(src + i) ^ load<u64>(CTRBUF + i));
    src += PASS_BYTES; dst += PASS_BYTES; len -= PASS_BYTES;
  }
  memory.fill(ks, 0, PASS_BYTES);
  store<u32>(st, 0, 20);
  if (len > 0) {
    refill(st, rk);
    for (let i: usize = 0; i < len; i++) store<u8>(dst + i, load<u8>(src + i) ^ load<u8>(ks + i));
    memory.fill(ks, 0, len);
    store<u32>(st, <u32>(PASS_BYTES - len), 20);
    store<u32>(st, <u32>len, 24);
  }
}

export function ksWipe(st: usize): void {
  memory.fill(st, 0, KS_STATE_SIZE);
}

export function ksWipeScratch(): void {
  memory.fill(CTRBUF, 0, BULK_BYTES);
}

// --- AES-256-CTR with a 128-bit counter (the protocol's key wrap, wire-format.md §3.2) ---


const CRK: usize = memory.data(<i32>RK_SIZE, 64);
const CKS: usize = memory.data(<i32>KS_STATE_SIZE, 64);

/** Start AES-256-CTR under the 32-byte key at `key` with the 16-byte initial counter block at `iv`. */
export function ctrInit(key: usize, iv: usize): void {
  aesKeySchedule(key, CRK);
  ksInit(CKS, iv, INC128);
}

/** dst = src ⊕ keystream for the next `len` bytes (any chunk lengths; dst may equal src). */
export function ctrUpdate(src: usize, len: usize, dst: usize): void {
  ksXor(CKS, CRK, src, dst, len);
}

/** Wipe the CTR key schedule, keystream state and the shared AES scratch. */
export function ctrWipe(): void {
  memory.fill(CRK, 0, RK_SIZE);
  ksWipe(CKS);
  ksWipeScratch();
  aesWipeCore();
}
