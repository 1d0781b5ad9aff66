// SHA-512 (FIPS 180-4 §6.4) over a caller-given state pointer.
//
// State layout (SHA512_STATE_SIZE bytes, owned by the caller, wiped by sha512Final):
//   +0   H[0..8)   u64 chaining value, native order
//   +64  buffer    128 bytes of not-yet-compressed input
//   +192 fill      u32 number of bytes in buffer (0..127)
//   +200 total     u64 bytes absorbed (the 128-bit length field's high half is always 0: inputs are < 2^61 bytes)
// Compression is in sha512-compress.ts (generated, unrolled; the schedule lives in locals, never in memory).
// Data-independent control flow: every branch and index depends only on lengths.
import { storeBE64, wipe } from './bytes';
import { sha512Compress } from './sha512-compress';

export { sha512Compress };

export const SHA512_STATE_SIZE: usize = 208;
export const SHA512_BLOCK: usize = 128;
export const SHA512_OUT: usize = 64;

// FIPS 180-4 §5.3.5: initial hash value.
const IV: usize = memory.data<u64>([
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]);

export function sha512Init(st: usize): void {
  memory.copy(st, IV, 64);
  store<u32>(st, 0, 192);
  store<u64>(st, 0, 200);
}

/** Absorb `len` bytes at `p`; whole blocks are compressed in place. */
export function sha512Update(st: usize, p: usize, len: usize): void {
  const buf = st + 64;
  let fill = <usize>load<u32>(st, 192);
  store<u64>(st, load<u64>(st, 200) + <u64>len, 200);
  if (fill > 0) {
    const take = min<usize>(SHA512_BLOCK - fill, len);
    memory.copy(buf + fill, p, take);
    fill += take; p += take; len -= take;
    if (fill < SHA512_BLOCK) { store<u32>(st, <u32>fill, 192); return; }
    sha512Compress(st, buf);
    fill = 0;
  }
  while (len >= SHA512_BLOCK) {
    sha512Compress(st, p);
    p += SHA512_BLOCK; len -= SHA512_BLOCK;
  }
  memory.copy(buf, p, len);
  store<u32>(st, <u32>len, 192);
}

/** Pad (FIPS 180-4 §5.1.2), write the 64-byte digest to `out`, and wipe the state. */
export function sha512Final(st: usize, out: usize): void {
  const buf = st + 64;
  let fill = <usize>load<u32>(st, 192);
  const bits = load<u64>(st, 200) << 3;
  store<u8>(buf + fill, 0x80);
  fill++;
  if (fill > 112) {
    memory.fill(buf + fill, 0, SHA512_BLOCK - fill);
    sha512Compress(st, buf);
    fill = 0;
  }
  memory.fill(buf + fill, 0, 120 - fill);
  store<u64>(buf, bswap<u64>(bits), 120);
  sha512Compress(st, buf);
  for (let i: usize = 0; i < 64; i += 8) storeBE64(out + i, load<u64>(st + i));
  wipe(st, SHA512_STATE_SIZE);
}
