// Fixed-base scalar multiplication k·G with a signed comb (Lim–Lee comb with all-non-zero signed digits; the
// precomputed table is comb-table.ts, generated). Used by getPublicKey and ECDSA signing, in constant time.
// (Verification's u1·G uses a wNAF over gen-odd-table.ts instead: fewer additions on its shared doubling chain.)
//
// Signed digits: for odd k′ < 2^521 let b = (k′ + 2^540 − 1)/2 = (k′ − 1)/2 + 2^539; then with s_i = 2·b_i − 1 ∈ {±1},
//   k′ = Σ_{i<540} s_i·2^i,   and b_i = bit i+1 of k′ for i < 539, b_539 = 1.
// Comb: digit i = 27·B + j belongs to block B = 5c + t (comb c < 4, tooth t < 5) and column j < 27, so
//   k′·G = Σ_j 2^j · Σ_c Σ_t s_{27(5c+t)+j} · 2^(27(5c+t))·G = Σ_j 2^j · Σ_c ±T_c[idx_{c,j}],
// where T_c[idx] fixes the sign of the top tooth to +1: when s for tooth 4 is −1 the whole tuple is negated, the
// index is complemented and the entry's y is negated. Every entry is a non-zero multiple of G smaller than n in
// absolute value, so no entry is infinity and the mixed RCB addition applies.
//
// Constant time (combMulSecret): 27 iterations, each one complete doubling (RCB Algorithm 6) and four complete mixed
// additions (RCB Algorithm 5); every
// table read goes through combSelect, which loads all 16 entries of the comb and keeps one with masks; the sign is
// applied by a masked negation. k ↦ k′ (k or n − k, odd) is mult.ts's masked selection.
import { FE, feCmov, feNeg, feSetSmall } from './field';
import { COMB_TABLE } from './comb-table';
import { projAddAffine, projDouble, projToAffineSigned } from './point';
import { prepareScalar } from './mult';

export const COMB_COLUMNS: i32 = 27;
const ENTRY: usize = 144;            // bytes per table entry (x, y: 18 u32 limbs each)
const COMB: usize = 16 * ENTRY;      // bytes per comb

const ACC: usize = memory.data(432, 16);
const SEL: usize = memory.data(288, 16);   // affine x, y as u64 limbs
const NEGY: usize = memory.data(144, 16);
const KB: usize = memory.data(72, 16);     // k′ little-endian bytes (+ slack)

/** Bit i+1 of k′ (= b_i) for i < 539, and 1 for i = 539. KB holds k′ little-endian. */
// @ts-ignore: decorator
@inline function digitBit(i: i32): u32 {
  if (i >= 539) return 1;
  const p = i + 1;
  return (<u32>load<u8>(KB + <usize>(p >> 3)) >> <u32>(p & 7)) & 1;
}

/**
 * SEL = entry `idx` of comb `c`, widened to u64 limbs. The table's u32 limbs are read two at a time as u64 words
 * (18 words per entry); all 16 entries are read and masked (all ones for t == idx), so the access pattern does
 * not depend on idx.
 */
function combSelect(c: i32, idx: u32): void {
  const m0: u64 = 0 - ((<u64>(0 ^ idx) - 1) >> 63);
  const m1: u64 = 0 - ((<u64>(1 ^ idx) - 1) >> 63);
  const m2: u64 = 0 - ((<u64>(2 ^ idx) - 1) >> 63);
  const m3: u64 = 0 - ((<u64>(3 ^ idx) - 1) >> 63);
  const m4: u64 = 0 - ((<u64>(4 ^ idx) - 1) >> 63);
  const m5: u64 = 0 - ((<u64>(5 ^ idx) - 1) >> 63);
  const m6: u64 = 0 - ((<u64>(6 ^ idx) - 1) >> 63);
  const m7: u64 = 0 - ((<u64>(7 ^ idx) - 1) >> 63);
  const m8: u64 = 0 - ((<u64>(8 ^ idx) - 1) >> 63);
  const m9: u64 = 0 - ((<u64>(9 ^ idx) - 1) >> 63);
  const m10: u64 = 0 - ((<u64>(10 ^ idx) - 1) >> 63);
  const m11: u64 = 0 - ((<u64>(11 ^ idx) - 1) >> 63);
  const m12: u64 = 0 - ((<u64>(12 ^ idx) - 1) >> 63);
  const m13: u64 = 0 - ((<u64>(13 ^ idx) - 1) >> 63);
  const m14: u64 = 0 - ((<u64>(14 ^ idx) - 1) >> 63);
  const m15: u64 = 0 - ((<u64>(15 ^ idx) - 1) >> 63);
  const base = COMB_TABLE + <usize>c * COMB;
  for (let w: usize = 0; w < 144; w += 8) {
    const e = base + w;
    const v = (load<u64>(e, 0) & m0) | (load<u64>(e, 144) & m1) | (load<u64>(e, 288) & m2) | (load<u64>(e, 432) & m3) | (load<u64>(e, 576) & m4) | (load<u64>(e, 720) & m5) | (load<u64>(e, 864) & m6) | (load<u64>(e, 1008) & m7) | (load<u64>(e, 1152) & m8) | (load<u64>(e, 1296) & m9) | (load<u64>(e, 1440) & m10) | (load<u64>(e, 1584) & m11) | (load<u64>(e, 1728) & m12) | (load<u64>(e, 1872) & m13) | (load<u64>(e, 2016) & m14) | (load<u64>(e, 2160) & m15);
    store<u64>(SEL + (w << 1), v & 0xffffffff);
    store<u64>(SEL + (w << 1) + 8, v >> 32);
  }
}

/** Index and sign of comb c at column j: returns idx | (negate << 4). */
// @ts-ignore: decorator
@inline function combDigit(c: i32, j: i32): u32 {
  let idx: u32 = 0;
  for (let t = 0; t < 4; t++) idx |= digitBit(27 * (5 * c + t) + j) << <u32>t;
  const top = digitBit(27 * (5 * c + 4) + j);
  const flip: u32 = top ^ 1;                 // tooth 4 negative: complement the tuple, negate the entry
  return (idx ^ (0 - flip & 15)) | (flip << 4);
}

/** (x, y) = k·G, canonical affine. `k`: 66 big-endian bytes in [1, n − 1]. Constant time in k. */
export function combMulSecret(x: usize, y: usize, k: usize): void {
  const negate = prepareScalar(k, KB);
  memory.fill(ACC, 0, 432); feSetSmall(ACC + FE, 1); // (0 : 1 : 0)
  for (let j = COMB_COLUMNS - 1; j >= 0; j--) {
    if (j != COMB_COLUMNS - 1) projDouble(ACC, ACC);  // complete doubling
    for (let c = 0; c < 4; c++) {
      const d = combDigit(c, j);
      combSelect(c, d & 15);
      feNeg(NEGY, SEL + FE);
      feCmov(SEL + FE, NEGY, <u64>0 - <u64>(d >> 4));
      projAddAffine(ACC, ACC, SEL);
    }
  }
  projToAffineSigned(x, y, ACC, negate);
  combWipe();
}

export function combWipe(): void {
  memory.fill(ACC, 0, 432);
  memory.fill(SEL, 0, 288);
  memory.fill(NEGY, 0, 144);
  memory.fill(KB, 0, 72);
}
