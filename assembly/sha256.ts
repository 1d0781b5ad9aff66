// SHA-256 (FIPS 180-4 §6.2) over a caller-given state pointer.
//
// State layout (SHA256_STATE_SIZE bytes, owned by the caller, wiped by sha256Final):
//   +0   H[0..8)   u32 chaining value, native (little-endian) order
//   +32  buffer    64 bytes of not-yet-compressed input
//   +96  fill      u32 number of bytes in buffer (0..63)
//   +104 total     u64 number of bytes absorbed so far
// The message schedule lives in the private scratch W and is wiped by sha256Final (and by sha256Wipe).
// Data-independent control flow: every branch and index depends only on lengths, never on byte values.
import { loadBE32, storeBE32, wipe } from './bytes';

export const SHA256_STATE_SIZE: usize = 112;
export const SHA256_BLOCK: usize = 64;
export const SHA256_OUT: usize = 32;

// FIPS 180-4 §4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K: usize = memory.data<u32>([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// FIPS 180-4 §5.3.3: initial hash value.
const IV: usize = memory.data<u32>([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** Message schedule scratch: 64 words. Holds message-derived values; wiped on final. */
const W: usize = memory.data(256, 16);

// @ts-ignore: decorator
@inline function bsig0(x: u32): u32 { return rotr<u32>(x, 2) ^ rotr<u32>(x, 13) ^ rotr<u32>(x, 22); }
// @ts-ignore: decorator
@inline function bsig1(x: u32): u32 { return rotr<u32>(x, 6) ^ rotr<u32>(x, 11) ^ rotr<u32>(x, 25); }
// @ts-ignore: decorator
@inline function ch(x: u32, y: u32, z: u32): u32 { return z ^ (x & (y ^ z)); }
// @ts-ignore: decorator
@inline function maj(x: u32, y: u32, z: u32): u32 { return (x & y) | (z & (x | y)); }

/** Set the chaining value at `H` to the IV (used by the salted fast path, which keeps no buffer). */
export function sha256ResetH(H: usize): void {
  memory.copy(H, IV, 32);
}

/**
 * One compression of the 64-byte block at `p` into the chaining value at `H` (FIPS 180-4 §6.2.2).
 * Eight rounds per loop iteration with the working variables renamed instead of moved.
 */
export function sha256Compress(H: usize, p: usize): void {
  for (let i: usize = 0; i < 64; i += 4) store<u32>(W + i, loadBE32(p + i));
  for (let i: usize = 64; i < 256; i += 4) {
    const w15 = load<u32>(W + i - 60);
    const w2 = load<u32>(W + i - 8);
    const s0 = rotr<u32>(w15, 7) ^ rotr<u32>(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr<u32>(w2, 17) ^ rotr<u32>(w2, 19) ^ (w2 >>> 10);
    store<u32>(W + i, load<u32>(W + i - 64) + s0 + load<u32>(W + i - 28) + s1);
  }
  let a = load<u32>(H, 0), b = load<u32>(H, 4), c = load<u32>(H, 8), d = load<u32>(H, 12);
  let e = load<u32>(H, 16), f = load<u32>(H, 20), g = load<u32>(H, 24), h = load<u32>(H, 28);
  let t: u32;
  for (let i: usize = 0; i < 256; i += 32) {
    const k = K + i, w = W + i;
    t = h + bsig1(e) + ch(e, f, g) + load<u32>(k, 0) + load<u32>(w, 0); d += t; h = t + bsig0(a) + maj(a, b, c);
    t = g + bsig1(d) + ch(d, e, f) + load<u32>(k, 4) + load<u32>(w, 4); c += t; g = t + bsig0(h) + maj(h, a, b);
    t = f + bsig1(c) + ch(c, d, e) + load<u32>(k, 8) + load<u32>(w, 8); b += t; f = t + bsig0(g) + maj(g, h, a);
    t = e + bsig1(b) + ch(b, c, d) + load<u32>(k, 12) + load<u32>(w, 12); a += t; e = t + bsig0(f) + maj(f, g, h);
    t = d + bsig1(a) + ch(a, b, c) + load<u32>(k, 16) + load<u32>(w, 16); h += t; d = t + bsig0(e) + maj(e, f, g);
    t = c + bsig1(h) + ch(h, a, b) + load<u32>(k, 20) + load<u32>(w, 20); g += t; c = t + bsig0(d) + maj(d, e, f);
    t = b + bsig1(g) + ch(g, h, a) + load<u32>(k, 24) + load<u32>(w, 24); f += t; b = t + bsig0(c) + maj(c, d, e);
    t = a + bsig1(f) + ch(f, g, h) + load<u32>(k, 28) + load<u32>(w, 28); e += t; a = t + bsig0(b) + maj(b, c, d);
  }
  store<u32>(H, load<u32>(H, 0) + a, 0); store<u32>(H, load<u32>(H, 4) + b, 4);
  store<u32>(H, load<u32>(H, 8) + c, 8); store<u32>(H, load<u32>(H, 12) + d, 12);
  store<u32>(H, load<u32>(H, 16) + e, 16); store<u32>(H, load<u32>(H, 20) + f, 20);
  store<u32>(H, load<u32>(H, 24) + g, 24); store<u32>(H, load<u32>(H, 28) + h, 28);
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

/** Pad (FIPS 180-4 §5.1.1), write the 32-byte digest to `out`, and wipe the state and schedule. */
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
  wipe(W, 256);
}

/** Wipe the private message schedule (callers that use sha256Compress directly end with this). */
export function sha256WipeScratch(): void {
  wipe(W, 256);
}
