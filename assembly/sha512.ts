// SHA-512 (FIPS 180-4 §6.4) over a caller-given state pointer.
//
// State layout (SHA512_STATE_SIZE bytes, owned by the caller, wiped by sha512Final):
//   +0   H[0..8)   u64 chaining value, native order
//   +64  buffer    128 bytes of not-yet-compressed input
//   +192 fill      u32 number of bytes in buffer (0..127)
//   +200 total     u64 bytes absorbed (the 128-bit length field's high half is always 0: inputs are < 2^61 bytes)
// The message schedule lives in the private scratch W and is wiped by sha512Final.
// Data-independent control flow: every branch and index depends only on lengths.
import { loadBE64, storeBE64, wipe } from './bytes';

export const SHA512_STATE_SIZE: usize = 208;
export const SHA512_BLOCK: usize = 128;
export const SHA512_OUT: usize = 64;

// FIPS 180-4 §4.2.3: first 64 bits of the fractional parts of the cube roots of the first 80 primes.
const K: usize = memory.data<u64>([
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
  0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
  0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
  0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
  0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
  0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
  0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
  0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
  0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
  0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
  0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
  0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
  0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
  0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
  0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
  0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
  0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
  0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
  0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
]);

// FIPS 180-4 §5.3.5: initial hash value.
const IV: usize = memory.data<u64>([
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
]);

/** Message schedule scratch: 80 words. Wiped on final. */
const W: usize = memory.data(640, 16);

// @ts-ignore: decorator
@inline function bsig0(x: u64): u64 { return rotr<u64>(x, 28) ^ rotr<u64>(x, 34) ^ rotr<u64>(x, 39); }
// @ts-ignore: decorator
@inline function bsig1(x: u64): u64 { return rotr<u64>(x, 14) ^ rotr<u64>(x, 18) ^ rotr<u64>(x, 41); }
// @ts-ignore: decorator
@inline function ch(x: u64, y: u64, z: u64): u64 { return z ^ (x & (y ^ z)); }
// @ts-ignore: decorator
@inline function maj(x: u64, y: u64, z: u64): u64 { return (x & y) | (z & (x | y)); }

/** One compression of the 128-byte block at `p` into the chaining value at `H` (FIPS 180-4 §6.4.2). */
export function sha512Compress(H: usize, p: usize): void {
  for (let i: usize = 0; i < 128; i += 8) store<u64>(W + i, loadBE64(p + i));
  for (let i: usize = 128; i < 640; i += 8) {
    const w15 = load<u64>(W + i - 120);
    const w2 = load<u64>(W + i - 16);
    const s0 = rotr<u64>(w15, 1) ^ rotr<u64>(w15, 8) ^ (w15 >> 7);
    const s1 = rotr<u64>(w2, 19) ^ rotr<u64>(w2, 61) ^ (w2 >> 6);
    store<u64>(W + i, load<u64>(W + i - 128) + s0 + load<u64>(W + i - 56) + s1);
  }
  let a = load<u64>(H, 0), b = load<u64>(H, 8), c = load<u64>(H, 16), d = load<u64>(H, 24);
  let e = load<u64>(H, 32), f = load<u64>(H, 40), g = load<u64>(H, 48), h = load<u64>(H, 56);
  let t: u64;
  for (let i: usize = 0; i < 640; i += 64) {
    const k = K + i, w = W + i;
    t = h + bsig1(e) + ch(e, f, g) + load<u64>(k, 0) + load<u64>(w, 0); d += t; h = t + bsig0(a) + maj(a, b, c);
    t = g + bsig1(d) + ch(d, e, f) + load<u64>(k, 8) + load<u64>(w, 8); c += t; g = t + bsig0(h) + maj(h, a, b);
    t = f + bsig1(c) + ch(c, d, e) + load<u64>(k, 16) + load<u64>(w, 16); b += t; f = t + bsig0(g) + maj(g, h, a);
    t = e + bsig1(b) + ch(b, c, d) + load<u64>(k, 24) + load<u64>(w, 24); a += t; e = t + bsig0(f) + maj(f, g, h);
    t = d + bsig1(a) + ch(a, b, c) + load<u64>(k, 32) + load<u64>(w, 32); h += t; d = t + bsig0(e) + maj(e, f, g);
    t = c + bsig1(h) + ch(h, a, b) + load<u64>(k, 40) + load<u64>(w, 40); g += t; c = t + bsig0(d) + maj(d, e, f);
    t = b + bsig1(g) + ch(g, h, a) + load<u64>(k, 48) + load<u64>(w, 48); f += t; b = t + bsig0(c) + maj(c, d, e);
    t = a + bsig1(f) + ch(f, g, h) + load<u64>(k, 56) + load<u64>(w, 56); e += t; a = t + bsig0(b) + maj(b, c, d);
  }
  store<u64>(H, load<u64>(H, 0) + a, 0); store<u64>(H, load<u64>(H, 8) + b, 8);
  store<u64>(H, load<u64>(H, 16) + c, 16); store<u64>(H, load<u64>(H, 24) + d, 24);
  store<u64>(H, load<u64>(H, 32) + e, 32); store<u64>(H, load<u64>(H, 40) + f, 40);
  store<u64>(H, load<u64>(H, 48) + g, 48); store<u64>(H, load<u64>(H, 56) + h, 56);
}

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

/** Pad (FIPS 180-4 §5.1.2), write the 64-byte digest to `out`, wipe the state and schedule. */
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
  wipe(W, 640);
}

/** Wipe the private message schedule. */
export function sha512WipeScratch(): void {
  wipe(W, 640);
}
