// Constant-time scalar multiplication k·P for a secret k ∈ [1, n − 1] and a validated point P (SEC 1 §3.2.1
// key pairs, §3.3.1 ECDH primitive). Fixed window of width 5 with signed odd digits (a regular recoding):
//
//   Let k′ = k when k is odd, else n − k (odd because n is odd; then k′·P = −k·P and the result's y is negated).
//   For i = 0…103: d_i = ((k′ >> 5i) mod 64 | 1) − 32, an odd digit in [−31, 31]; and k′ = Σ d_i·2^(5i) + 2^520.
//   (Each step replaces k_i by k_{i+1} = (k_i − d_i)/32 = (k_i >> 5) | 1, which stays odd, and k_104 = 1 because
//   k′ < 2^521.) Every digit is odd, so the table T[j] = (2j + 1)·P, j = 0…15, never needs the point at infinity.
//
// Evaluation: acc = T[0] (the top digit, 1); then 104 times: five doublings, acc += ±T[(|d_i| − 1)/2].
//   The table entry is read by masked selection over all 16 entries (ptSelect), never by a secret index; the sign
//   is applied with a masked conditional negation. The loop count, the doubling count and the sequence of field
//   operations are the same for every k: the code has no branch and no memory index that depends on k.
// Why the accumulator is never infinity (needed only for the Jacobian ↔ projective conversions; the additions are
//   complete anyway): after step i it holds m_i·P with m_i = Σ_{j≥i} d_j·2^(5(j−i)) + 2^(520−5i), an odd integer
//   with |k′ − m_i·2^(5i)| < 2^(5i), hence 1 ≤ m_i < n; P has prime order n, so m_i·P and all its doublings are
//   finite.
// Table: T[j] = (2j + 1)·P built by co-Z additions (point.ts jacDoubleCoZ, jacAddCoZ: 1 doubling + 15 additions of
//   5M + 2S, ≈ half the cost of 16 complete additions); those formulas are incomplete, but the table is a fixed
//   sequence of small multiples of P, which has prime order n, so they never meet an exceptional case, and the
//   secret scalar plays no part in it.
// Additions: RCB complete projective addition (point.ts). Doublings: per window, projDoubleToJac (projective in,
//   Jacobian out: 5M + 2S) and then four Jacobian dbl-2001-b (point.ts); jacToProj before the addition.
// (Measured alternative, not taken: the incomplete Jacobian add-2007-bl would also never meet an exceptional case
//   here. acc = −T_i would need m_i ≡ 0; acc = +T_i would need m_i ≡ 2·d_i (mod n), i.e. m_i = 2·d_i (even, but m_i
//   is odd) or m_i = n + 2·d_i with d_i < 0, which m_i < n/32 + 1 excludes for i ≥ 1 and the recoding excludes for
//   i = 0 (k′ = n − 2j has d_0 = −j only for j ≡ 41 mod 64, outside [1, 31]). It saves the two conversions: 4–6 %
//   of an ECDH with this Jacobian table, ≈ 7.5 % with the table made affine (one batch inversion, mixed
//   additions), A/B in Node 20 on 2026-11-23; the complete formula keeps correctness independent of that argument,
//   as the issue asks. Also measured, no gain: width 6 (32 entries, 87 windows), 1.02× the time.)
import { FE, feCmov, feNeg } from './field';
import { PT, jacAddCoZ, jacDouble, jacDoubleCoZ, jacToProj, projAdd, projDoubleToJac } from './point';
import { ORDER_N_BE } from './scalar';

const TABLE: usize = memory.data(16 * 432, 16);
/** The table packed for selection: 16 × 27 words. */
const TABLEP: usize = memory.data(16 * 216, 16);
const ACC: usize = memory.data(432, 16);
const SEL: usize = memory.data(432, 16);
const NEGY: usize = memory.data(144, 16);
/** k′ little-endian, 66 bytes + zero slack for the 16-bit window reads. */
const KLE: usize = memory.data(72, 16);

/**
 * SEL = T[j] by masked selection over the packed table (two 32-bit limbs per u64 word, 27 words per point): every
 * word of all 16 entries is loaded and ANDed with its entry's mask (all ones for t == j, zero otherwise), so the
 * memory access pattern is the same for every j. Tight limbs are < 2^30, so packing two per word is lossless.
 */
function ptSelect(j: u32): void {
  const m0: u64 = 0 - ((<u64>(0 ^ j) - 1) >> 63);
  const m1: u64 = 0 - ((<u64>(1 ^ j) - 1) >> 63);
  const m2: u64 = 0 - ((<u64>(2 ^ j) - 1) >> 63);
  const m3: u64 = 0 - ((<u64>(3 ^ j) - 1) >> 63);
  const m4: u64 = 0 - ((<u64>(4 ^ j) - 1) >> 63);
  const m5: u64 = 0 - ((<u64>(5 ^ j) - 1) >> 63);
  const m6: u64 = 0 - ((<u64>(6 ^ j) - 1) >> 63);
  const m7: u64 = 0 - ((<u64>(7 ^ j) - 1) >> 63);
  const m8: u64 = 0 - ((<u64>(8 ^ j) - 1) >> 63);
  const m9: u64 = 0 - ((<u64>(9 ^ j) - 1) >> 63);
  const m10: u64 = 0 - ((<u64>(10 ^ j) - 1) >> 63);
  const m11: u64 = 0 - ((<u64>(11 ^ j) - 1) >> 63);
  const m12: u64 = 0 - ((<u64>(12 ^ j) - 1) >> 63);
  const m13: u64 = 0 - ((<u64>(13 ^ j) - 1) >> 63);
  const m14: u64 = 0 - ((<u64>(14 ^ j) - 1) >> 63);
  const m15: u64 = 0 - ((<u64>(15 ^ j) - 1) >> 63);
  if (ASC_FEATURE_SIMD) {
    // SIMD build: the same loads, masks and ORs, two words per v128 (words 0…25; word 26 by the loop below). A
    // selected v128 holds four limbs as u32 lanes, widened to four u64 limbs by the two extends.
    const v0 = i64x2.splat(m0), v1 = i64x2.splat(m1), v2 = i64x2.splat(m2), v3 = i64x2.splat(m3);
    const v4 = i64x2.splat(m4), v5 = i64x2.splat(m5), v6 = i64x2.splat(m6), v7 = i64x2.splat(m7);
    const v8 = i64x2.splat(m8), v9 = i64x2.splat(m9), v10 = i64x2.splat(m10), v11 = i64x2.splat(m11);
    const v12 = i64x2.splat(m12), v13 = i64x2.splat(m13), v14 = i64x2.splat(m14), v15 = i64x2.splat(m15);
    for (let w: usize = 0; w < 208; w += 16) {
      const e = TABLEP + w;
      const v = v128.or(v128.or(v128.or(v128.or(v128.and(v128.load(e, 0), v0), v128.and(v128.load(e, 216), v1)),
        v128.or(v128.and(v128.load(e, 432), v2), v128.and(v128.load(e, 648), v3))),
        v128.or(v128.or(v128.and(v128.load(e, 864), v4), v128.and(v128.load(e, 1080), v5)),
        v128.or(v128.and(v128.load(e, 1296), v6), v128.and(v128.load(e, 1512), v7)))),
        v128.or(v128.or(v128.or(v128.and(v128.load(e, 1728), v8), v128.and(v128.load(e, 1944), v9)),
        v128.or(v128.and(v128.load(e, 2160), v10), v128.and(v128.load(e, 2376), v11))),
        v128.or(v128.or(v128.and(v128.load(e, 2592), v12), v128.and(v128.load(e, 2808), v13)),
        v128.or(v128.and(v128.load(e, 3024), v14), v128.and(v128.load(e, 3240), v15)))));
      v128.store(SEL + (w << 1), i64x2.extend_low_i32x4_u(v));
      v128.store(SEL + (w << 1), i64x2.extend_high_i32x4_u(v), 16);
    }
  }
  for (let w: usize = ASC_FEATURE_SIMD ? 208 : 0; w < 216; w += 8) {
    const e = TABLEP + w;
    const v = (load<u64>(e, 0) & m0) | (load<u64>(e, 216) & m1) | (load<u64>(e, 432) & m2) | (load<u64>(e, 648) & m3) | (load<u64>(e, 864) & m4) | (load<u64>(e, 1080) & m5) | (load<u64>(e, 1296) & m6) | (load<u64>(e, 1512) & m7) | (load<u64>(e, 1728) & m8) | (load<u64>(e, 1944) & m9) | (load<u64>(e, 2160) & m10) | (load<u64>(e, 2376) & m11) | (load<u64>(e, 2592) & m12) | (load<u64>(e, 2808) & m13) | (load<u64>(e, 3024) & m14) | (load<u64>(e, 3240) & m15);
    store<u64>(SEL + (w << 1), v & 0xffffffff);
    store<u64>(SEL + (w << 1) + 8, v >> 32);
  }
}

/** Pack table entry j (u64 limbs in TABLE) into TABLEP. */
function packEntry(j: usize): void {
  const src = TABLE + j * 432, dst = TABLEP + j * 216;
  for (let w: usize = 0; w < 216; w += 8) store<u64>(dst + w, load<u64>(src + (w << 1)) | (load<u64>(src + (w << 1) + 8) << 32));
}

/**
 * Write k′ (k or n − k, whichever is odd) little-endian to `out` (66 bytes + 6 zero bytes); returns an all-ones
 * mask when k was even (the product must then be negated). Constant time: both candidates are computed and
 * combined with masks. (k = 0 gives k′ = n; callers reject 0 before.)
 */
export function prepareScalar(k: usize, out: usize): u64 {
  const odd: i32 = <i32>(load<u8>(k + 65) & 1);
  const keepK: i32 = 0 - odd;            // 0xffffffff when k is odd
  let borrow: i32 = 0;
  for (let i: usize = 0; i < 66; i++) {
    const kb: i32 = <i32>load<u8>(k + 65 - i);
    const d: i32 = <i32>load<u8>(ORDER_N_BE + 65 - i) - kb + borrow;
    borrow = d >> 8;
    store<u8>(out + i, <u8>((kb & keepK) | (d & ~keepK)));
  }
  memory.fill(out + 66, 0, 6);
  return <u64>(odd) - 1;                 // all ones when k is even
}

/**
 * r = ±k·P, projective (PT bytes; r must not be this file's scratch). Returns an all-ones mask when the point is
 * −k·P (k was even, n − k was used: see the top of this file), zero otherwise. `k`: 66 big-endian bytes in
 * [1, n − 1] (checked by the caller); `px`, `py`: affine coordinates of a validated point. Constant time in k.
 * The sign does not change x, so ECDH and the fan-out ignore the mask and convert only x (one inversion each, or
 * one per batch: fanout.ts).
 */
export function mulSecretProj(r: usize, k: usize, px: usize, py: usize): u64 {
  const negate = prepareScalar(k, KLE);
  // T[0] = P, T[j] = T[j − 1] + 2P by co-Z additions (point.ts: exception-free on this fixed sequence of multiples;
  // SEL holds 2P, re-scaled to each new entry's Z), then each entry Jacobian → projective for the complete additions.
  jacDoubleCoZ(SEL, TABLE, px, py);
  for (let j: usize = 1; j < 16; j++) jacAddCoZ(TABLE + j * PT, SEL, TABLE + (j - 1) * PT);
  for (let j: usize = 0; j < 16; j++) jacToProj(TABLE + j * PT, TABLE + j * PT);
  for (let j: usize = 0; j < 16; j++) packEntry(j);
  memory.copy(ACC, TABLE, PT);
  for (let i: i32 = 103; i >= 0; i--) {
    projDoubleToJac(ACC, ACC);          // first doubling straight from projective (saves 4S over projToJac)
    jacDouble(ACC, ACC); jacDouble(ACC, ACC); jacDouble(ACC, ACC); jacDouble(ACC, ACC);
    jacToProj(ACC, ACC);
    const bit = <usize>(5 * i);
    const v: u32 = ((<u32>load<u16>(KLE + (bit >> 3)) >> <u32>(bit & 7)) & 63) | 1;
    const neg: u32 = (v >> 5) ^ 1;       // 1 when the digit v − 32 is negative
    const mask: u32 = 0 - neg;
    const abs: u32 = ((v - 32) ^ mask) - mask;
    ptSelect((abs - 1) >> 1);
    feNeg(NEGY, SEL + FE);
    feCmov(SEL + FE, NEGY, <u64>(0 - <i64>neg));
    projAdd(ACC, ACC, SEL);
  }
  memory.copy(r, ACC, PT);
  multWipe();
  return negate;
}

export function multWipe(): void {
  memory.fill(TABLE, 0, 16 * PT);
  memory.fill(TABLEP, 0, 16 * 216);
  memory.fill(ACC, 0, PT);
  memory.fill(SEL, 0, PT);
  memory.fill(NEGY, 0, FE);
  memory.fill(KLE, 0, 72);
}
