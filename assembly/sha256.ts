// SHA-256 (FIPS 180-4 §6.2) over a caller-given state pointer.
//
// State layout (SHA256_STATE_SIZE bytes, owned by the caller, wiped by sha256Final):
//   +0   H[0..8)   u32 chaining value, native (little-endian) order
//   +32  buffer    64 bytes of not-yet-compressed input
//   +96  fill      u32 number of bytes in buffer (0..63)
//   +104 total     u64 number of bytes absorbed so far
// Compression is in sha256-compress.ts (generated, unrolled; the schedule lives in locals, never in memory).
// Data-independent control flow: every branch and index depends only on lengths, never on byte values.
import { storeBE32, wipe } from './bytes';
import { sha256Compress } from './sha256-compress';

export { sha256Compress };

export const SHA256_STATE_SIZE: usize = 112;
export const SHA256_BLOCK: usize = 64;
export const SHA256_OUT: usize = 32;

// FIPS 180-4 §5.3.3: initial hash value.
const IV: usize = memory.data<u32>([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** Set the chaining value at `H` to the IV (used by the salted fast path, which keeps no buffer). */
export function sha256ResetH(H: usize): void {
  memory.copy(H, IV, 32);
}

export function sha256Init(st: usize): void {
  memory.copy(st, IV, 32);
  store<u32>(st, 0, 96);
  store<u64>(st, 0, 104);
}

/** Absorb `len` bytes at `p`. Whole blocks are compressed straight from the input, without copying. */
export function sha256Update(st: usize, p: usize, len: usize): void {
  const buf = st + 32;
  let fill = <usize>load<u32>(st, 96);
  store<u64>(st, load<u64>(st, 104) + <u64>len, 104);
  if (fill > 0) {
    const take = min<usize>(SHA256_BLOCK - fill, len);
    memory.copy(buf + fill, p, take);
    fill += take; p += take; len -= take;
    if (fill < SHA256_BLOCK) { store<u32>(st, <u32>fill, 96); return; }
    sha256Compress(st, buf);
    fill = 0;
  }
  while (len >= SHA256_BLOCK) {
    sha256Compress(st, p);
    p += SHA256_BLOCK; len -= SHA256_BLOCK;
  }
  memory.copy(buf, p, len);
  store<u32>(st, <u32>len, 96);
}

/** Pad (FIPS 180-4 §5.1.1), write the 32-byte digest to `out`, and wipe the state. */
export function sha256Final(st: usize, out: usize): void {
  const buf = st + 32;
  let fill = <usize>load<u32>(st, 96);
  const bits = load<u64>(st, 104) << 3;
  store<u8>(buf + fill, 0x80);
  fill++;
  if (fill > 56) {
    memory.fill(buf + fill, 0, SHA256_BLOCK - fill);
    sha256Compress(st, buf);
    fill = 0;
  }
  memory.fill(buf + fill, 0, 56 - fill);
  store<u64>(buf, bswap<u64>(bits), 56);
  sha256Compress(st, buf);
  for (let i: usize = 0; i < 32; i += 4) storeBE32(out + i, load<u32>(st + i));
  wipe(st, SHA256_STATE_SIZE);
}
