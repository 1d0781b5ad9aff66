// AES-256 (FIPS 197): key expansion and encryption of four blocks at once, bitsliced and fixsliced on 64-bit words.
//
// Constant-time design. No table is indexed and no branch is taken on key or data: SubBytes is the Boolean circuit
// of sbox.ts evaluated on bit planes, ShiftRows and MixColumns are fixed rotations and masks, and every loop bound
// and memory address depends only on public lengths. The same holds for the key expansion, whose SubWord runs the
// same circuit on 32-bit planes. The kernel therefore has no cache-timing or branch-timing channel on the key or
// the data (assuming, as for every WebAssembly engine we know of, that i64 and/or/xor/rotate are constant-time).
//
// Representation ("bitsliced"): the 64 bytes of four blocks are held in eight u64 planes q0…q7; plane b holds bit b
// of every byte. Byte (row r, column c) of block k — FIPS 197 input byte 4c + r — sits at bit position
// p = 16·r + 4·c + k. A whole-word rotation by 16 therefore moves every byte one row down in its column, which is
// what MixColumns needs (see mixColumns below).
//
// Fixslicing (A. Adomnicai, T. Peyrin, "Fixslicing AES-like ciphers", TCHES 2021/1): ShiftRows is never applied to
// the state. After i skipped ShiftRows the logical state S relates to the physical one P by S = SR^i(P), i.e.
// S[r][c] = P[r][c + i·r]. Round i uses MixColumns conjugated by SR^(i mod 4) (four variants, each a pair of masked
// rotations per plane) and a round key stored pre-shifted as SR^-(i mod 4)(K_i). After the 14th round the output is
// SR^2(P), one cheap fix-up per four blocks.
//
// Memory: RK (caller-chosen, AES_RK_SIZE bytes) holds the 15 bitsliced round keys, each replicated into all four
// block slots and already including the S-box constant 0x63 (see sbox.ts). The private scratch Q (planes) and KX
// (key expansion) are wiped by aesWipeScratch; round keys are wiped by their owner.
import { subBytesPlanes } from './sbox';

/** Bytes of one expanded key: 15 round keys × 8 planes × 8 bytes. */
export const AES_RK_SIZE: usize = 960;

/** Planes of the four blocks being encrypted. */
const Q: usize = memory.data(64, 64);
/** Key expansion scratch: 240 bytes of round-key bytes, 64 bytes of packing input, 32 bytes of SubWord planes. */
const KX: usize = memory.data(336, 64);
const KX_SIZE: usize = 336;

// FIPS 197 §5.2: round constants x^(i-1) in GF(2^8), for i = 1…7 (AES-256 needs seven).
const RCON: usize = memory.data<u8>([0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40]);

// --- Packing: four 16-byte blocks ⇄ eight planes ---

// @ts-ignore: decorator
@inline function spread(x: u32): u64 { // byte j of x → byte 2j of the result
  let v = <u64>x;
  v = (v | (v << 16)) & 0x0000FFFF0000FFFF;
  return (v | (v << 8)) & 0x00FF00FF00FF00FF;
}

// @ts-ignore: decorator
@inline function compact(v: u64): u32 { // inverse of spread for a value whose odd bytes are zero
  v = (v | (v >> 8)) & 0x0000FFFF0000FFFF;
  return <u32>(v | (v >> 16));
}

/**
 * Planes of the 64 bytes at `src` (four blocks) → Q.
 * Word i (i = k + 4·c0, block k, column parity c0) gathers columns c0 and c0 + 2 of block k with their bytes
 * interleaved, so byte j of the word is row j >> 1 of column c0 + 2·(j & 1). Three swap-move stages then exchange
 * the word index with the bit-in-byte index (an 8×8 bit transposition per byte column): afterwards word b is plane b
 * and bit 16r + 4c + k holds bit b of byte (r, c) of block k.
 */
function pack(src: usize): void {
  let w0: u64 = 0, w1: u64 = 0, w2: u64 = 0, w3: u64 = 0, w4: u64 = 0, w5: u64 = 0, w6: u64 = 0, w7: u64 = 0;
  w0 = spread(load<u32>(src, 0)) | (spread(load<u32>(src, 8)) << 8);
  w1 = spread(load<u32>(src, 16)) | (spread(load<u32>(src, 24)) << 8);
  w2 = spread(load<u32>(src, 32)) | (spread(load<u32>(src, 40)) << 8);
  w3 = spread(load<u32>(src, 48)) | (spread(load<u32>(src, 56)) << 8);
  w4 = spread(load<u32>(src, 4)) | (spread(load<u32>(src, 12)) << 8);
  w5 = spread(load<u32>(src, 20)) | (spread(load<u32>(src, 28)) << 8);
  w6 = spread(load<u32>(src, 36)) | (spread(load<u32>(src, 44)) << 8);
  w7 = spread(load<u32>(src, 52)) | (spread(load<u32>(src, 60)) << 8);
  let t: u64;
  // Stage 1: word bit 0 ⇄ position bit 0.
  t = ((w0 >> 1) ^ w1) & 0x5555555555555555; w1 ^= t; w0 ^= t << 1;
  t = ((w2 >> 1) ^ w3) & 0x5555555555555555; w3 ^= t; w2 ^= t << 1;
  t = ((w4 >> 1) ^ w5) & 0x5555555555555555; w5 ^= t; w4 ^= t << 1;
  t = ((w6 >> 1) ^ w7) & 0x5555555555555555; w7 ^= t; w6 ^= t << 1;
  // Stage 2: word bit 1 ⇄ position bit 1.
  t = ((w0 >> 2) ^ w2) & 0x3333333333333333; w2 ^= t; w0 ^= t << 2;
  t = ((w1 >> 2) ^ w3) & 0x3333333333333333; w3 ^= t; w1 ^= t << 2;
  t = ((w4 >> 2) ^ w6) & 0x3333333333333333; w6 ^= t; w4 ^= t << 2;
  t = ((w5 >> 2) ^ w7) & 0x3333333333333333; w7 ^= t; w5 ^= t << 2;
  // Stage 3: word bit 2 ⇄ position bit 2.
  t = ((w0 >> 4) ^ w4) & 0x0F0F0F0F0F0F0F0F; w4 ^= t; w0 ^= t << 4;
  t = ((w1 >> 4) ^ w5) & 0x0F0F0F0F0F0F0F0F; w5 ^= t; w1 ^= t << 4;
  t = ((w2 >> 4) ^ w6) & 0x0F0F0F0F0F0F0F0F; w6 ^= t; w2 ^= t << 4;
  t = ((w3 >> 4) ^ w7) & 0x0F0F0F0F0F0F0F0F; w7 ^= t; w3 ^= t << 4;
  store<u64>(Q, w0, 0); store<u64>(Q, w1, 8); store<u64>(Q, w2, 16); store<u64>(Q, w3, 24);
  store<u64>(Q, w4, 32); store<u64>(Q, w5, 40); store<u64>(Q, w6, 48); store<u64>(Q, w7, 56);
}

/** Inverse of pack: Q → 64 bytes at `dst`. The swap-move stages are involutions, applied in reverse order. */
function unpack(dst: usize): void {
  let w0 = load<u64>(Q, 0), w1 = load<u64>(Q, 8), w2 = load<u64>(Q, 16), w3 = load<u64>(Q, 24);
  let w4 = load<u64>(Q, 32), w5 = load<u64>(Q, 40), w6 = load<u64>(Q, 48), w7 = load<u64>(Q, 56);
  let t: u64;
  t = ((w0 >> 4) ^ w4) & 0x0F0F0F0F0F0F0F0F; w4 ^= t; w0 ^= t << 4;
  t = ((w1 >> 4) ^ w5) & 0x0F0F0F0F0F0F0F0F; w5 ^= t; w1 ^= t << 4;
  t = ((w2 >> 4) ^ w6) & 0x0F0F0F0F0F0F0F0F; w6 ^= t; w2 ^= t << 4;
  t = ((w3 >> 4) ^ w7) & 0x0F0F0F0F0F0F0F0F; w7 ^= t; w3 ^= t << 4;
  t = ((w0 >> 2) ^ w2) & 0x3333333333333333; w2 ^= t; w0 ^= t << 2;
  t = ((w1 >> 2) ^ w3) & 0x3333333333333333; w3 ^= t; w1 ^= t << 2;
  t = ((w4 >> 2) ^ w6) & 0x3333333333333333; w6 ^= t; w4 ^= t << 2;
  t = ((w5 >> 2) ^ w7) & 0x3333333333333333; w7 ^= t; w5 ^= t << 2;
  t = ((w0 >> 1) ^ w1) & 0x5555555555555555; w1 ^= t; w0 ^= t << 1;
  t = ((w2 >> 1) ^ w3) & 0x5555555555555555; w3 ^= t; w2 ^= t << 1;
  t = ((w4 >> 1) ^ w5) & 0x5555555555555555; w5 ^= t; w4 ^= t << 1;
  t = ((w6 >> 1) ^ w7) & 0x5555555555555555; w7 ^= t; w6 ^= t << 1;
  const E: u64 = 0x00FF00FF00FF00FF;
  store<u32>(dst, compact(w0 & E), 0); store<u32>(dst, compact((w0 >> 8) & E), 8);
  store<u32>(dst, compact(w1 & E), 16); store<u32>(dst, compact((w1 >> 8) & E), 24);
  store<u32>(dst, compact(w2 & E), 32); store<u32>(dst, compact((w2 >> 8) & E), 40);
  store<u32>(dst, compact(w3 & E), 48); store<u32>(dst, compact((w3 >> 8) & E), 56);
  store<u32>(dst, compact(w4 & E), 4); store<u32>(dst, compact((w4 >> 8) & E), 12);
  store<u32>(dst, compact(w5 & E), 20); store<u32>(dst, compact((w5 >> 8) & E), 28);
  store<u32>(dst, compact(w6 & E), 36); store<u32>(dst, compact((w6 >> 8) & E), 44);
  store<u32>(dst, compact(w7 & E), 52); store<u32>(dst, compact((w7 >> 8) & E), 60);
}

// --- Round function ---

/**
 * R1 for variant j: every byte receives the byte one row below it in the same *logical* column, which physically
 * is one row down and j columns right (S[r][c] = P[r][c + j·r]). Rows rotate with the word; a column shift that
 * wraps past column 3 lands one row too far, so those destination columns take the rotation by 4j instead.
 */
// @ts-ignore: decorator
@inline function rowUp1(x: u64, j: i32): u64 {
  if (j == 0) return rotr<u64>(x, 16);
  if (j == 1) return (rotr<u64>(x, 20) & 0x0FFF0FFF0FFF0FFF) | (rotr<u64>(x, 4) & 0xF000F000F000F000);
  if (j == 2) return (rotr<u64>(x, 24) & 0x00FF00FF00FF00FF) | (rotr<u64>(x, 8) & 0xFF00FF00FF00FF00);
  return (rotr<u64>(x, 28) & 0x000F000F000F000F) | (rotr<u64>(x, 12) & 0xFFF0FFF0FFF0FFF0);
}

/** R2 for variant j: two logical rows down, i.e. two physical rows down and 2j columns right. */
// @ts-ignore: decorator
@inline function rowUp2(x: u64, j: i32): u64 {
  if ((j & 1) == 0) return rotr<u64>(x, 32);
  return (rotr<u64>(x, 40) & 0x00FF00FF00FF00FF) | (rotr<u64>(x, 24) & 0xFF00FF00FF00FF00);
}

/**
 * MixColumns (FIPS 197 §5.1.3) conjugated by SR^j, then AddRoundKey with the eight planes at `rk`, on Q.
 * Per logical column, b_r = 2·(a_r ⊕ a_r+1) ⊕ a_r+1 ⊕ (a_r+2 ⊕ a_r+3); with t = a ⊕ R1(a) this is
 * xtime(t) ⊕ R1(a) ⊕ R2(t). xtime on planes is a plane shift with the reduction x^8 = x^4 + x^3 + x + 1
 * folded into planes 1, 3 and 4.
 */
// @ts-ignore: decorator
@inline function mixColumnsAddKey(rk: usize, j: i32): void {
  const a0 = load<u64>(Q, 0), a1 = load<u64>(Q, 8), a2 = load<u64>(Q, 16), a3 = load<u64>(Q, 24);
  const a4 = load<u64>(Q, 32), a5 = load<u64>(Q, 40), a6 = load<u64>(Q, 48), a7 = load<u64>(Q, 56);
  const r0 = rowUp1(a0, j), r1 = rowUp1(a1, j), r2 = rowUp1(a2, j), r3 = rowUp1(a3, j);
  const r4 = rowUp1(a4, j), r5 = rowUp1(a5, j), r6 = rowUp1(a6, j), r7 = rowUp1(a7, j);
  const t0 = a0 ^ r0, t1 = a1 ^ r1, t2 = a2 ^ r2, t3 = a3 ^ r3, t4 = a4 ^ r4, t5 = a5 ^ r5, t6 = a6 ^ r6, t7 = a7 ^ r7;
  store<u64>(Q, t7 ^ r0 ^ rowUp2(t0, j) ^ load<u64>(rk, 0), 0);
  store<u64>(Q, t0 ^ t7 ^ r1 ^ rowUp2(t1, j) ^ load<u64>(rk, 8), 8);
  store<u64>(Q, t1 ^ r2 ^ rowUp2(t2, j) ^ load<u64>(rk, 16), 16);
  store<u64>(Q, t2 ^ t7 ^ r3 ^ rowUp2(t3, j) ^ load<u64>(rk, 24), 24);
  store<u64>(Q, t3 ^ t7 ^ r4 ^ rowUp2(t4, j) ^ load<u64>(rk, 32), 32);
  store<u64>(Q, t4 ^ r5 ^ rowUp2(t5, j) ^ load<u64>(rk, 40), 40);
  store<u64>(Q, t5 ^ r6 ^ rowUp2(t6, j) ^ load<u64>(rk, 48), 48);
  store<u64>(Q, t6 ^ r7 ^ rowUp2(t7, j) ^ load<u64>(rk, 56), 56);
}

// @ts-ignore: decorator
@inline function addKey(rk: usize): void {
  for (let i: usize = 0; i < 64; i += 8) store<u64>(Q + i, load<u64>(Q + i) ^ load<u64>(rk + i));
}

// @ts-ignore: decorator
@inline function round(rk: usize, j: i32): void {
  subBytesPlanes<u64>(Q);
  mixColumnsAddKey(rk, j);
}

/**
 * Encrypt the four 16-byte blocks at `src` into `dst` (64 bytes each; they may be the same buffer) under the
 * expanded key at `rk`. Pre: `rk` was written by aesExpandKey. Post: Q holds the last state (wipe with
 * aesWipeScratch when done).
 */
export function aesEncrypt4(rk: usize, src: usize, dst: usize): void {
  pack(src);
  addKey(rk);
  // Rounds 1…12 in three groups of four, so every variant j = round mod 4 is a compile-time constant.
  for (let i: usize = 1; i < 13; i += 4) {
    round(rk + (i << 6), 1);
    round(rk + ((i + 1) << 6), 2);
    round(rk + ((i + 2) << 6), 3);
    round(rk + ((i + 3) << 6), 0);
  }
  round(rk + (13 << 6), 1);
  subBytesPlanes<u64>(Q);
  addKey(rk + (14 << 6));
  // Output = SR^2(P): rows 1 and 3 move two columns; rows 0 and 2 stay.
  for (let i: usize = 0; i < 64; i += 8) {
    const x = load<u64>(Q + i);
    store<u64>(Q + i, (x & 0x0000FFFF0000FFFF) | ((x >> 8) & 0x00FF000000FF0000) | ((x << 8) & 0xFF000000FF000000));
  }
  unpack(dst);
}

// --- Key expansion (FIPS 197 §5.2, Nk = 8, Nr = 14) ---

/** SubWord on the little-endian word `w` (four S-boxes in one circuit evaluation on 32-bit planes). */
function subWord(w: u32): u32 {
  const P = KX + 304;
  for (let b: usize = 0; b < 8; b++) store<u32>(P + (b << 2), (w >> <u32>b) & 0x01010101);
  subBytesPlanes<u32>(P);
  let r: u32 = 0;
  for (let b: usize = 0; b < 8; b++) r |= (load<u32>(P + (b << 2)) & 0x01010101) << <u32>b;
  return r ^ 0x63636363;
}

/**
 * FIPS 197 key expansion of the 32-byte key at `key` into 15 round keys of 16 bytes, returned as a pointer into KX.
 * Round key i is stored as SR^-(i mod 4)(K_i) ⊕ (i > 0 ? 0x63 in every byte : 0), the form both bitsliced cores
 * use (fixslicing, and the S-box constant folded into the key). Post: KX holds key-derived bytes; wipe with
 * aesWipeScratch.
 */
export function aesExpandKeyBytes(key: usize): usize {
  // 60 words w[i] (little-endian loads: byte 0 of the word is its least significant byte).
  const W = KX; // 240 bytes
  memory.copy(W, key, 32);
  for (let i: usize = 8; i < 60; i++) {
    let t = load<u32>(W + ((i - 1) << 2));
    if ((i & 7) == 0) t = subWord(rotr<u32>(t, 8)) ^ <u32>load<u8>(RCON + (i >> 3) - 1);
    else if ((i & 7) == 4) t = subWord(t);
    store<u32>(W + (i << 2), load<u32>(W + ((i - 8) << 2)) ^ t);
  }
  // Pre-shift each round key by SR^-(i mod 4) (public byte permutation) and add the S-box constant, in place:
  // SR^-j(K)[r][c] = K[r][c - j·r]. Byte (r, c) is at offset 4c + r.
  const T = KX + 240; // 16-byte staging (part of the 64-byte packing area)
  for (let i: usize = 1; i < 15; i++) {
    const k = W + (i << 4), j = i & 3;
    for (let c: usize = 0; c < 4; c++) {
      for (let r: usize = 0; r < 4; r++) {
        store<u8>(T + (c << 2) + r, load<u8>(k + ((((c - j * r) & 3) << 2) + r)) ^ 0x63);
      }
    }
    memory.copy(k, T, 16);
  }
  memory.fill(T, 0, 16);
  return W;
}

/**
 * Expand the 32-byte key at `key` into 15 bitsliced round keys at `rk` (AES_RK_SIZE bytes), each replicated into
 * the four block slots. Post: KX and Q hold key-derived bytes; wipe with aesWipeScratch.
 */
export function aesExpandKey(key: usize, rk: usize): void {
  const W = aesExpandKeyBytes(key), T = KX + 240;
  // Pack four round keys at a time (one per block slot), then replicate slot k into all four slots of its planes.
  for (let g: usize = 0; g < 16; g += 4) {
    const n = min<usize>(4, 15 - g);
    memory.copy(T, W + (g << 4), n << 4);
    pack(T);
    for (let k: usize = 0; k < n; k++) {
      const out = rk + ((g + k) << 6);
      for (let b: usize = 0; b < 8; b++) {
        store<u64>(out + (b << 3), ((load<u64>(Q + (b << 3)) >> <u64>k) & 0x1111111111111111) * 0xF);
      }
    }
  }
}

/** Wipe Q and KX (key-derived scratch). */
export function aesWipeScratch(): void {
  memory.fill(Q, 0, 64);
  memory.fill(KX, 0, KX_SIZE);
}
