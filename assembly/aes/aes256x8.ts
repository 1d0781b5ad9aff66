// AES-256 (FIPS 197) on eight blocks at once, bitsliced in SIMD128 registers — the core of the SIMD build
// (asc --enable simd; selected at compile time by cipher.ts). Same constant-time design as aes256.ts: SubBytes is
// the Boolean circuit of sbox.ts on bit planes, ShiftRows and MixColumns are fixed byte shuffles (i8x16.shuffle
// with constant lanes), and nothing branches on or is indexed by key or data.
//
// Representation: eight v128 planes q0…q7; plane b holds bit b of every byte of the eight blocks. Byte lane m of a
// plane is AES state byte m = 4·column + row (FIPS 197 input order); bit k of that lane belongs to block k. Moving a
// byte to another row or column is therefore a byte permutation of the plane — one shuffle.
//
// Fixslicing as in aes256.ts: ShiftRows is never applied; after i skipped ShiftRows S = SR^i(P), round i uses
// MixColumns conjugated by SR^(i mod 4) (its row rotations are again plain shuffles) and the round key
// SR^-(i mod 4)(K_i), and the output is SR^2(P).
//
// Two groups (aesEncrypt16): bulk callers encrypt sixteen blocks per call as two independent groups of eight whose
// rounds alternate (group A round i, group B round i, …). One group's round is a long dependency chain (S-box depth
// 16, then MixColumns) that leaves most of the core's execution ports idle; the other group's round fills them.
// Measured on V8 (Zen 4): ≈ 1.3× the blocks per second of one group; three or four groups, or interleaving the
// two gate by gate, were slower (register spills, code size). The work per block is the same fixed sequence.
//
// Memory: RK (caller-chosen, AES_RK_SIZE_X8 bytes) holds 15 round keys × 8 planes × 16 bytes, each plane 0x00/0xFF
// per byte (the key bit replicated into all eight blocks), including the S-box constant 0x63 for rounds 1…14.
// The scratch Q16 (two groups of planes) is wiped by aesWipeScratchX8; the key expansion's byte scratch is
// aes256.ts's (aesWipeScratch).
import { subBytesPlanes } from './sbox';
import { aesExpandKeyBytes } from './aes256';

export const AES_RK_SIZE_X8: usize = 1920;

/** Planes of two groups of eight blocks: group A at Q16, group B at Q16 + 128. */
const Q16: usize = memory.data(256, 64);

// @ts-ignore: decorator
@inline function swapmove(pa: usize, pb: usize, s: i32, mask: v128): void {
  const a = v128.load(pa), b = v128.load(pb);
  const t = v128.and(v128.xor(i64x2.shr_u(a, s), b), mask);
  v128.store(pb, v128.xor(b, t));
  v128.store(pa, v128.xor(a, i64x2.shl(t, s)));
}

/** Copy `n` (a multiple of 16) bytes with vector moves (memory.copy is an out-of-line call in some engines). */
// @ts-ignore: decorator
@inline function copy(dst: usize, src: usize, n: usize): void {
  for (let i: usize = 0; i < n; i += 16) v128.store(dst + i, v128.load(src + i));
}

/** Exchange the block index with the bit-in-byte index of the 8 × 16 bytes at `q` (an involution). */
function transpose(q: usize): void {
  const m1 = i8x16.splat(0x55), m2 = i8x16.splat(0x33), m4 = i8x16.splat(0x0F);
  swapmove(q, q + 16, 1, m1); swapmove(q + 32, q + 48, 1, m1);
  swapmove(q + 64, q + 80, 1, m1); swapmove(q + 96, q + 112, 1, m1);
  swapmove(q, q + 32, 2, m2); swapmove(q + 16, q + 48, 2, m2);
  swapmove(q + 64, q + 96, 2, m2); swapmove(q + 80, q + 112, 2, m2);
  swapmove(q, q + 64, 4, m4); swapmove(q + 16, q + 80, 4, m4);
  swapmove(q + 32, q + 96, 4, m4); swapmove(q + 48, q + 112, 4, m4);
}

/** R1 for variant j: each byte takes the byte one logical row below it (physical: one row, j columns on). */
// @ts-ignore: decorator
@inline function rowUp1(x: v128, j: i32): v128 {
  if (j == 0) return i8x16.swizzle(x, i8x16(1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12));
  if (j == 1) return i8x16.swizzle(x, i8x16(5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12, 1, 2, 3, 0));
  if (j == 2) return i8x16.swizzle(x, i8x16(9, 10, 11, 8, 13, 14, 15, 12, 1, 2, 3, 0, 5, 6, 7, 4));
  return i8x16.swizzle(x, i8x16(13, 14, 15, 12, 1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8));
}

/** R2 for variant j: two logical rows below. */
// @ts-ignore: decorator
@inline function rowUp2(x: v128, j: i32): v128 {
  if ((j & 1) == 0) return i8x16.swizzle(x, i8x16(2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13));
  return i8x16.swizzle(x, i8x16(10, 11, 8, 9, 14, 15, 12, 13, 2, 3, 0, 1, 6, 7, 4, 5));
}

/**
 * MixColumns conjugated by SR^j, then AddRoundKey with the planes at `rk`, on the substituted planes a0…a7; the
 * result goes to the planes at `q` (see aes256.ts mixColumnsAddKey for the algebra). Called by the S-box as the
 * continuation of a fused round (sbox.ts), so the planes never pass through memory in between.
 */
// @ts-ignore: decorator
@inline export function mixColumnsAddKeyX8(q: usize, rk: usize, j: i32, a0: v128, a1: v128, a2: v128, a3: v128,
                                           a4: v128, a5: v128, a6: v128, a7: v128): void {
  const r0 = rowUp1(a0, j), r1 = rowUp1(a1, j), r2 = rowUp1(a2, j), r3 = rowUp1(a3, j);
  const r4 = rowUp1(a4, j), r5 = rowUp1(a5, j), r6 = rowUp1(a6, j), r7 = rowUp1(a7, j);
  const t0 = v128.xor(a0, r0), t1 = v128.xor(a1, r1), t2 = v128.xor(a2, r2), t3 = v128.xor(a3, r3);
  const t4 = v128.xor(a4, r4), t5 = v128.xor(a5, r5), t6 = v128.xor(a6, r6), t7 = v128.xor(a7, r7);
  v128.store(q, v128.xor(v128.xor(t7, r0), v128.xor(rowUp2(t0, j), v128.load(rk, 0))), 0);
  v128.store(q, v128.xor(v128.xor(v128.xor(t0, t7), r1), v128.xor(rowUp2(t1, j), v128.load(rk, 16))), 16);
  v128.store(q, v128.xor(v128.xor(t1, r2), v128.xor(rowUp2(t2, j), v128.load(rk, 32))), 32);
  v128.store(q, v128.xor(v128.xor(v128.xor(t2, t7), r3), v128.xor(rowUp2(t3, j), v128.load(rk, 48))), 48);
  v128.store(q, v128.xor(v128.xor(v128.xor(t3, t7), r4), v128.xor(rowUp2(t4, j), v128.load(rk, 64))), 64);
  v128.store(q, v128.xor(v128.xor(t4, r5), v128.xor(rowUp2(t5, j), v128.load(rk, 80))), 80);
  v128.store(q, v128.xor(v128.xor(t5, r6), v128.xor(rowUp2(t6, j), v128.load(rk, 96))), 96);
  v128.store(q, v128.xor(v128.xor(t6, r7), v128.xor(rowUp2(t7, j), v128.load(rk, 112))), 112);
}

// @ts-ignore: decorator
@inline function addKey(q: usize, rk: usize): void {
  for (let i: usize = 0; i < 128; i += 16) v128.store(q + i, v128.xor(v128.load(q + i), v128.load(rk + i)));
}

/** Round i (1…13, fused: SubBytes, MixColumns variant j = i mod 4, AddRoundKey) of one group, or of both. */
// @ts-ignore: decorator
@inline function round(rk: usize, j: i32, two: bool): void {
  if (two) {
    if (j == 0) round2v0(rk); else if (j == 1) round2v1(rk); else if (j == 2) round2v2(rk); else round2v3(rk);
  } else {
    subBytesPlanes<v128>(Q16, rk, j);
  }
}
function round2v0(rk: usize): void { round1v0(Q16, rk); round1v0(Q16 + 128, rk); }
function round2v1(rk: usize): void { round1v1(Q16, rk); round1v1(Q16 + 128, rk); }
function round2v2(rk: usize): void { round1v2(Q16, rk); round1v2(Q16 + 128, rk); }
function round2v3(rk: usize): void { round1v3(Q16, rk); round1v3(Q16 + 128, rk); }
// @ts-ignore: decorator
@noinline function round1v0(q: usize, rk: usize): void { subBytesPlanes<v128>(q, rk, 0); }
// @ts-ignore: decorator
@noinline function round1v1(q: usize, rk: usize): void { subBytesPlanes<v128>(q, rk, 1); }
// @ts-ignore: decorator
@noinline function round1v2(q: usize, rk: usize): void { subBytesPlanes<v128>(q, rk, 2); }
// @ts-ignore: decorator
@noinline function round1v3(q: usize, rk: usize): void { subBytesPlanes<v128>(q, rk, 3); }

/** Rounds 0…14 on the transposed planes of group A (and B when `two`); the output is SR^2(P) (see above). */
// @ts-ignore: decorator
@inline function encryptPlanes(rk: usize, two: bool): void {
  addKey(Q16, rk);
  if (two) addKey(Q16 + 128, rk);
  // Rounds 1…12 in three groups of four, so every variant j = round mod 4 is a compile-time constant.
  for (let i: usize = 1; i < 13; i += 4) {
    const k = rk + (i << 7);
    round(k, 1, two);
    round(k + 128, 2, two);
    round(k + 256, 3, two);
    round(k + 384, 0, two);
  }
  round(rk + (13 << 7), 1, two);
  subBytesPlanes<v128>(Q16);
  if (two) subBytesPlanes<v128>(Q16 + 128);
  // Last AddRoundKey, then output = SR^2(P).
  const last = rk + (14 << 7), end: usize = two ? 256 : 128;
  for (let i: usize = 0; i < end; i += 16) {
    const x = v128.xor(v128.load(Q16 + i), v128.load(last + (i & 127)));
    v128.store(Q16 + i, i8x16.swizzle(x, i8x16(0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 5, 14, 7)));
  }
}

/**
 * Encrypt the eight 16-byte blocks at `src` into `dst` (128 bytes each; may be the same buffer) under the expanded
 * key at `rk`. Pre: `rk` was written by aesExpandKeyX8. Post: Q16 holds the last state (wipe with aesWipeScratchX8).
 */
export function aesEncrypt8(rk: usize, src: usize, dst: usize): void {
  copy(Q16, src, 128);
  transpose(Q16);
  encryptPlanes(rk, false);
  transpose(Q16);
  copy(dst, Q16, 128);
}

/** aesEncrypt8 on sixteen blocks (256 bytes), as two interleaved groups of eight. */
export function aesEncrypt16(rk: usize, src: usize, dst: usize): void {
  copy(Q16, src, 256);
  transpose(Q16);
  transpose(Q16 + 128);
  encryptPlanes(rk, true);
  transpose(Q16);
  transpose(Q16 + 128);
  copy(dst, Q16, 256);
}

/**
 * Expand the 32-byte key at `key` into 15 bitsliced round keys at `rk` (AES_RK_SIZE_X8 bytes): the byte schedule
 * (pre-shifted, with 0x63 folded in) comes from aes256.ts; each plane b is then 0xFF in every byte whose bit b is
 * set, i.e. the bit replicated into all eight block slots.
 */
export function aesExpandKeyX8(key: usize, rk: usize): void {
  const bytes = aesExpandKeyBytes(key);
  for (let i: usize = 0; i < 15; i++) {
    const k = v128.load(bytes + (i << 4));
    for (let b: i32 = 0; b < 8; b++) {
      const bit = i32x4.splat(0x01010101 << b); // byte value 1 << b in every lane
      v128.store(rk + (i << 7) + (<usize>b << 4), i8x16.eq(v128.and(k, bit), bit));
    }
  }
}

export function aesWipeScratchX8(): void {
  memory.fill(Q16, 0, 256);
}
