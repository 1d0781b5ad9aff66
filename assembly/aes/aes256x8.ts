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
// Memory: RK (caller-chosen, AES_RK_SIZE_X8 bytes) holds 15 round keys × 8 planes × 16 bytes, each plane 0x00/0xFF
// per byte (the key bit replicated into all eight blocks), including the S-box constant 0x63 for rounds 1…14.
// The scratch Q8 is wiped by aesWipeScratchX8; the key expansion's byte scratch is aes256.ts's (aesWipeScratch).
import { subBytesPlanes } from './sbox';
import { aesExpandKeyBytes } from './aes256';
import { ghashStitchFinish } from './ghash';

export const AES_RK_SIZE_X8: usize = 1920;

const Q8: usize = memory.data(128, 64);

// @ts-ignore: decorator
@inline function swapmove(pa: usize, pb: usize, s: i32, mask: v128): void {
  const a = v128.load(pa), b = v128.load(pb);
  const t = v128.and(v128.xor(i64x2.shr_u(a, s), b), mask);
  v128.store(pb, v128.xor(b, t));
  v128.store(pa, v128.xor(a, i64x2.shl(t, s)));
}

/** Exchange the block index with the bit-in-byte index of the 8 × 16 bytes at Q8 (an involution). */
function transpose(): void {
  const m1 = i8x16.splat(0x55), m2 = i8x16.splat(0x33), m4 = i8x16.splat(0x0F);
  swapmove(Q8, Q8 + 16, 1, m1); swapmove(Q8 + 32, Q8 + 48, 1, m1);
  swapmove(Q8 + 64, Q8 + 80, 1, m1); swapmove(Q8 + 96, Q8 + 112, 1, m1);
  swapmove(Q8, Q8 + 32, 2, m2); swapmove(Q8 + 16, Q8 + 48, 2, m2);
  swapmove(Q8 + 64, Q8 + 96, 2, m2); swapmove(Q8 + 80, Q8 + 112, 2, m2);
  swapmove(Q8, Q8 + 64, 4, m4); swapmove(Q8 + 16, Q8 + 80, 4, m4);
  swapmove(Q8 + 32, Q8 + 96, 4, m4); swapmove(Q8 + 48, Q8 + 112, 4, m4);
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

/** MixColumns conjugated by SR^j and AddRoundKey on Q8 (see aes256.ts mixColumnsAddKey for the algebra). */
// @ts-ignore: decorator
@inline function mixColumnsAddKey(rk: usize, j: i32): void {
  const a0 = v128.load(Q8, 0), a1 = v128.load(Q8, 16), a2 = v128.load(Q8, 32), a3 = v128.load(Q8, 48);
  const a4 = v128.load(Q8, 64), a5 = v128.load(Q8, 80), a6 = v128.load(Q8, 96), a7 = v128.load(Q8, 112);
  const r0 = rowUp1(a0, j), r1 = rowUp1(a1, j), r2 = rowUp1(a2, j), r3 = rowUp1(a3, j);
  const r4 = rowUp1(a4, j), r5 = rowUp1(a5, j), r6 = rowUp1(a6, j), r7 = rowUp1(a7, j);
  const t0 = v128.xor(a0, r0), t1 = v128.xor(a1, r1), t2 = v128.xor(a2, r2), t3 = v128.xor(a3, r3);
  const t4 = v128.xor(a4, r4), t5 = v128.xor(a5, r5), t6 = v128.xor(a6, r6), t7 = v128.xor(a7, r7);
  v128.store(Q8, v128.xor(v128.xor(t7, r0), v128.xor(rowUp2(t0, j), v128.load(rk, 0))), 0);
  v128.store(Q8, v128.xor(v128.xor(v128.xor(t0, t7), r1), v128.xor(rowUp2(t1, j), v128.load(rk, 16))), 16);
  v128.store(Q8, v128.xor(v128.xor(t1, r2), v128.xor(rowUp2(t2, j), v128.load(rk, 32))), 32);
  v128.store(Q8, v128.xor(v128.xor(v128.xor(t2, t7), r3), v128.xor(rowUp2(t3, j), v128.load(rk, 48))), 48);
  v128.store(Q8, v128.xor(v128.xor(v128.xor(t3, t7), r4), v128.xor(rowUp2(t4, j), v128.load(rk, 64))), 64);
  v128.store(Q8, v128.xor(v128.xor(t4, r5), v128.xor(rowUp2(t5, j), v128.load(rk, 80))), 80);
  v128.store(Q8, v128.xor(v128.xor(t5, r6), v128.xor(rowUp2(t6, j), v128.load(rk, 96))), 96);
  v128.store(Q8, v128.xor(v128.xor(t6, r7), v128.xor(rowUp2(t7, j), v128.load(rk, 112))), 112);
}

// @ts-ignore: decorator
@inline function addKey(rk: usize): void {
  for (let i: usize = 0; i < 128; i += 16) v128.store(Q8 + i, v128.xor(v128.load(Q8 + i), v128.load(rk + i)));
}

/** One round; with `gh` ≠ 0 it also absorbs block `k` (0…3 of its group) at `gh` into GHASH (see sbox.ts). */
// @ts-ignore: decorator
@inline function round(rk: usize, j: i32, gh: usize = 0, k: usize = 0): void {
  subBytesPlanes<v128>(Q8, gh, k);
  mixColumnsAddKey(rk, j);
}

/**
 * Encrypt the eight 16-byte blocks at `src` into `dst` (128 bytes each; may be the same buffer) under the expanded
 * key at `rk`. Pre: `rk` was written by aesExpandKeyX8. Post: Q8 holds the last state (wipe with aesWipeScratchX8).
 */
export function aesEncrypt8(rk: usize, src: usize, dst: usize): void {
  encrypt8(rk, src, dst, 0);
}

/**
 * aesEncrypt8, and in its shadow GHASH over the 128 bytes at `gh` (eight blocks, two groups), one block after each of
 * rounds 1…8: the scalar multiplies of GHASH and the vector rounds are independent, so an out-of-order core runs
 * them in parallel. Pre: ghashPowers() ran.
 */
export function aesEncrypt8Ghash(rk: usize, src: usize, dst: usize, gh: usize): void {
  encrypt8(rk, src, dst, gh);
}

// @ts-ignore: decorator
@inline function encrypt8(rk: usize, src: usize, dst: usize, gh: usize): void {
  memory.copy(Q8, src, 128);
  transpose();
  addKey(rk);
  // Rounds 1…8 carry the eight GHASH blocks (two groups of four) when stitching.
  for (let i: usize = 1; i < 13; i += 4) {
    const g = gh != 0 && i < 9 ? gh + ((i - 1) << 4) : 0;
    round(rk + (i << 7), 1, g, 0);
    round(rk + ((i + 1) << 7), 2, g == 0 ? 0 : g + 16, 1);
    round(rk + ((i + 2) << 7), 3, g == 0 ? 0 : g + 32, 2);
    round(rk + ((i + 3) << 7), 0, g == 0 ? 0 : g + 48, 3);
    if (g != 0) ghashStitchFinish();
  }
  round(rk + (13 << 7), 1);
  subBytesPlanes<v128>(Q8);
  addKey(rk + (14 << 7));
  // Output = SR^2(P).
  for (let i: usize = 0; i < 128; i += 16) {
    const x = v128.load(Q8 + i);
    v128.store(Q8 + i, i8x16.swizzle(x, i8x16(0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 5, 14, 7)));
  }
  transpose();
  memory.copy(dst, Q8, 128);
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
  memory.fill(Q8, 0, 128);
}
