// GF(p), p = 2^521 − 1 (FIPS 186-5 / SEC 2 secp521r1), for a 32×32→64 multiplier.
//
// Representation: 18 limbs of 29 bits (522 bits), little-endian, each limb an u64 in memory (144 bytes per
// element). The value is Σ l_i·2^(29i); it is only congruent to the element mod p (redundant form) until
// feCanon() produces the unique representative in [0, p).
//
// Limb bounds, as fiat-crypto writes them down:
//   tight      every limb ≤ 2^29 + 2^8. Output of every function here except where noted.
//   mul input  every limb ≤ 1.33·2^29 (feMul/feSqr in field-mul.ts; tight inputs qualify). The 35-unit column
//              argument is written in field-mul.ts and checked by scripts/gen/p521-field.mjs.
//   canonical  limbs 0…16 < 2^29, limb 17 < 2^28, value < p. Output of feCanon, input of feToBytes.
// Additions and subtractions always end in carryPar (one parallel carry pass), so their outputs are tight again
// and can feed a multiply directly: a sum of two tight values has limbs ≤ 2^30 + 2^9, which a multiply could not
// take (35·(2^30)² > 2^64).
//
// Reduction folds by the special form of p: 2^521 ≡ 1, hence a carry out of limb 17 (weight 2^522) re-enters
// limb 0 doubled.
//
// Constant time: every function here runs the same instruction sequence for every input value; selections use
// masks (feCmov), zero tests OR the canonical limbs together and turn the result into a mask arithmetically.
// Data-dependent control flow exists in the family only where every value is public, and those functions say
// "VARIABLE TIME" in their comment: verify.ts, the *Vartime functions of point.ts, and the
// public-key decoder of keys.ts.
import { FIELD_P30, FIELD_P30_INV } from './constants';
import { invModOdd } from './safegcd';
import { FE_MUL_SCRATCH, feAdd, feMul, feMul3Sub, feMul4Sub, feMulSmall, feNeg, feSqr, feSub, feSub3, feSubMul8, feSubSub } from './field-mul';

export { feAdd, feMul, feMul3Sub, feMul4Sub, feMulSmall, feNeg, feSqr, feSub, feSub3, feSubMul8, feSubSub };

/** Bytes per field element. */
export const FE: usize = 144;
const M: u64 = 0x1fffffff;
const M28: u64 = 0x0fffffff;

// feAdd, feSub, feNeg and feMulSmall end in one parallel carry pass: r_i = (v_i mod 2^29) + (v_{i−1} >> 29), with
// r_0 taking 2·(v_17 >> 29). Their limb sums v_i are < 2^34, so the carries are < 2^5 and the output is tight.

export function feCopy(r: usize, a: usize): void {
  if (ASC_FEATURE_SIMD) {
    // SIMD build: nine v128 moves inline (V8 compiles memory.copy to a runtime call; measured slower per element).
    // All nine loads precede the stores, so any overlap of r and a is still a plain copy.
    const v0 = v128.load(a, 0), v1 = v128.load(a, 16), v2 = v128.load(a, 32), v3 = v128.load(a, 48), v4 = v128.load(a, 64);
    const v5 = v128.load(a, 80), v6 = v128.load(a, 96), v7 = v128.load(a, 112), v8 = v128.load(a, 128);
    v128.store(r, v0, 0); v128.store(r, v1, 16); v128.store(r, v2, 32); v128.store(r, v3, 48); v128.store(r, v4, 64);
    v128.store(r, v5, 80); v128.store(r, v6, 96); v128.store(r, v7, 112); v128.store(r, v8, 128);
    return;
  }
  memory.copy(r, a, FE);
}

export function feSetSmall(r: usize, v: u64): void {
  memory.fill(r, 0, FE);
  store<u64>(r, v);
}

/** r = mask ? a : r, for mask ∈ {0, 2^64 − 1}. Branch-free. */
export function feCmov(r: usize, a: usize, mask: u64): void {
  if (ASC_FEATURE_SIMD) {
    // SIMD build: the same masked selection two limbs at a time (v128.bitselect is bitwise, no branch).
    const m = i64x2.splat(mask);
    for (let i: usize = 0; i < 144; i += 16) v128.store(r + i, v128.bitselect(v128.load(a + i), v128.load(r + i), m));
    return;
  }
  for (let i: usize = 0; i < 144; i += 8) {
    const x = load<u64>(r + i);
    store<u64>(r + i, x ^ ((x ^ load<u64>(a + i)) & mask));
  }
}

/** r = mask ? −a : a (conditional negation, branch-free). Input tight; output tight. `tmp` is scratch. */
export function feCneg(r: usize, a: usize, mask: u64, tmp: usize): void {
  feNeg(tmp, a);
  feCopy(r, a);
  feCmov(r, tmp, mask);
}

/**
 * r = the canonical representative of a (limbs 0…16 < 2^29, limb 17 < 2^28, value < p). Input tight.
 * Three sequential carry passes with the fold at 2^521 (limb 17 keeps 28 bits; the excess re-enters limb 0 with
 * weight 1) bring the value into [0, p]; p itself (all limbs at their maximum) is then mapped to 0 by a mask.
 */
export function feCanon(r: usize, a: usize): void {
  if (r != a) feCopy(r, a);
  for (let pass = 0; pass < 3; pass++) {
    let c: u64 = 0;
    for (let i: usize = 0; i < 136; i += 8) {
      const v = load<u64>(r + i) + c;
      store<u64>(r + i, v & M);
      c = v >> 29;
    }
    const top = load<u64>(r, 136) + c;
    store<u64>(r, top & M28, 136);
    store<u64>(r, load<u64>(r) + (top >> 28));
  }
  // After three passes the value is < 2^521 with limb 0 < 2^29 + 1: one more plain carry settles limb 0.
  let c: u64 = 0;
  for (let i: usize = 0; i < 136; i += 8) {
    const v = load<u64>(r + i) + c;
    store<u64>(r + i, v & M);
    c = v >> 29;
  }
  store<u64>(r, load<u64>(r, 136) + c, 136);
  // all-ones test: value == p ⇔ every limb at its maximum
  let all: u64 = load<u64>(r, 136) ^ M28;
  for (let i: usize = 0; i < 136; i += 8) all |= load<u64>(r + i) ^ M;
  const isP = ((all | (0 - all)) >> 63) ^ 1; // 1 when all == 0
  const keep = isP - 1; // all ones when not p
  for (let i: usize = 0; i < 144; i += 8) store<u64>(r + i, load<u64>(r + i) & keep);
}

/** All ones when a ≡ 0 (mod p), else 0. Input tight. `tmp` is scratch. Constant time. */
export function feIsZero(a: usize, tmp: usize): u64 {
  feCanon(tmp, a);
  let acc: u64 = 0;
  for (let i: usize = 0; i < 144; i += 8) acc |= load<u64>(tmp + i);
  return ((acc | (0 - acc)) >> 63) - 1;
}

/** All ones when a ≡ b (mod p). Inputs tight. `t1`, `t2` scratch. Constant time. */
export function feEqual(a: usize, b: usize, t1: usize, t2: usize): u64 {
  feSub(t1, a, b);
  return feIsZero(t1, t2);
}

/** Scratch for byte conversion: 66 little-endian bytes plus 14 bytes of zero slack for the u64 reads. */
const LE: usize = memory.data(80, 16);

/**
 * Load 66 big-endian bytes at `p` into limbs at `r`. The value must be < 2^522 (callers check < p or < n first;
 * bits 522…527 are ignored here). Output canonical when the input value is < p.
 */
export function feFromBytes(r: usize, p: usize): void {
  for (let i: usize = 0; i < 66; i++) store<u8>(LE + i, load<u8>(p + 65 - i));
  memory.fill(LE + 66, 0, 14);
  for (let i: usize = 0; i < 18; i++) {
    const bit: usize = 29 * i;
    store<u64>(r + 8 * i, (load<u64>(LE + (bit >> 3)) >> (<u64>(bit & 7))) & M);
  }
  memory.fill(LE, 0, 80);
}

/** Write 66 big-endian bytes of the canonical element at `a` (feCanon first) to `p`. */
export function feToBytes(p: usize, a: usize): void {
  memory.fill(LE, 0, 80);
  for (let i: usize = 0; i < 18; i++) {
    const bit: usize = 29 * i, at = LE + (bit >> 3);
    store<u64>(at, load<u64>(at) | (load<u64>(a + 8 * i) << (<u64>(bit & 7))));
  }
  for (let i: usize = 0; i < 66; i++) store<u8>(p + i, load<u8>(LE + 65 - i));
  memory.fill(LE, 0, 80);
}

/**
 * 1 when the 66 big-endian bytes at `p` encode an integer < `limit` (66 big-endian bytes), else 0.
 * Constant time (a full borrow chain over all bytes), so it may be used on secret scalars.
 */
export function bytesLessThan(p: usize, limit: usize): u32 {
  let borrow: i32 = 0;
  for (let i: isize = 65; i >= 0; i--) {
    borrow = (<i32>load<u8>(p + i) - <i32>load<u8>(limit + i) + borrow) >> 8;
  }
  return <u32>(borrow & 1);
}

/** feInv's canonical copy of its input. */
const INV_T: usize = memory.data(144, 16);
/** feInvMany's running inverse and next result. */
const IM_INV: usize = memory.data(144, 16);
const IM_T: usize = memory.data(144, 16);

/** r = a^(2^k) (k squarings). */
export function feSqrN(r: usize, a: usize, k: i32): void {
  feSqr(r, a);
  for (let i = 1; i < k; i++) feSqr(r, r);
}

/**
 * r = a⁻¹ (0 maps to 0), by constant-time divsteps (safegcd.ts) on the canonical form of a. Measured in Node 20:
 * 10 µs, where Fermat's a^(p − 2) (521 squarings, 13 multiplications) took 22 µs. Input tight; output
 * canonical. r may alias a.
 */
export function feInv(r: usize, a: usize): void {
  feCanon(INV_T, a);
  invModOdd(r, INV_T, FIELD_P30, FIELD_P30_INV);
  memory.fill(INV_T, 0, 144);
}

/**
 * Invert `count` ≥ 1 elements at z, z + FE, … in place with one feInv (Montgomery's simultaneous inversion:
 * prefix products, one inversion, 3(count − 1) multiplications). `pre`: caller's scratch of count·FE bytes, left
 * holding secret-derived values for the caller to wipe. All elements must be non-zero (a zero one would turn every
 * result to zero). The same operations for every value; `count` is public.
 */
export function feInvMany(z: usize, count: u32, pre: usize): void {
  feCopy(pre, z);
  for (let i: usize = 1; i < <usize>count; i++) feMul(pre + i * FE, pre + (i - 1) * FE, z + i * FE);
  feInv(IM_INV, pre + (<usize>count - 1) * FE);          // (z_0 ⋯ z_{count−1})⁻¹
  for (let i: usize = <usize>count - 1; i > 0; i--) {
    feMul(IM_T, IM_INV, pre + (i - 1) * FE);              // z_i⁻¹ = (z_0 ⋯ z_i)⁻¹ · (z_0 ⋯ z_{i−1})
    feMul(IM_INV, IM_INV, z + i * FE);                    // (z_0 ⋯ z_{i−1})⁻¹
    feCopy(z + i * FE, IM_T);
  }
  feCopy(z, IM_INV);
  memory.fill(IM_T, 0, FE);
  memory.fill(IM_INV, 0, FE);
}

/**
 * r = a^((p + 1)/4) = a^(2^519): a square root of a when one exists (p ≡ 3 mod 4). The caller checks r² = a.
 * Used only on public data (point decompression).
 */
export function feSqrt(r: usize, a: usize): void {
  feSqrN(r, a, 519);
}

/** Wipe the private scratch of this file. */
export function feWipe(): void {
  memory.fill(FE_MUL_SCRATCH, 0, 6 * 11 * 8);
  memory.fill(LE, 0, 80);
  memory.fill(INV_T, 0, 144);
  memory.fill(IM_INV, 0, 144);
  memory.fill(IM_T, 0, 144);
}
