// VARIABLE-TIME double scalar multiplication u1·G + u2·Q for ECDSA verification (FIPS 186-5 §6.4.2). Every input
// here is public (the signature, the message digest, the public key), so the code may branch on values and index
// tables with them. It is never called with a secret.
//
// Method: Straus–Shamir interleaving on one shared doubling chain, both scalars in signed odd-digit (wNAF) form.
// u2·Q: width 6 (digits in [−31, 31], at least 5 zeros between non-zero ones) over the odd multiples {1, 3, …, 31}·Q
// in Jacobian coordinates, Jacobian add-2007-bl. u1·G: width 7 (digits in [−63, 63]) over the precomputed affine odd
// multiples {1, 3, …, 63}·G (gen-odd-table.ts, 4.5 KB), mixed additions madd-2007-bl: ≈ 65 additions on average,
// where the 27 columns of the signing comb (comb.ts) cost 108 (measured ≈ 6 % of a verification).
// Exceptional cases (infinity, P = Q, P = −Q) are handled by branches.
import { FE, bytesLessThan, feCopy, feFromBytes, feIsZero, feMul, feNeg, feSetSmall, feSqr, feSub, feAdd } from './field';
import { GEN_ODD_TABLE } from './gen-odd-table';
import { PT, jacAddAffineVartime, jacAddCoZ, jacAddVartime, jacDouble, jacDoubleCoZ, ptNeg } from './point';
import { ORDER_N } from './constants';

/** wNAF widths: u2 (odd multiples of Q computed per call) and u1 (the static table of G). */
const W2 = 6, W1 = 7;
/** p − n as 66 big-endian bytes. */
const P_MINUS_N_BE: usize = memory.data<u8>([
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0xae, 0x79, 0x78, 0x7c,
  0x40, 0xd0, 0x69, 0x94, 0x80, 0x33, 0xfe, 0xb7, 0x08, 0xf6, 0x5a, 0x2f, 0xc4, 0x4a, 0x36, 0x47, 0x76, 0x63, 0xb8,
  0x51, 0x44, 0x90, 0x48, 0xe1, 0x6e, 0xc7, 0x9b, 0xf6,
]);
const TQ: usize = memory.data(16 * 432, 16);
const ACC: usize = memory.data(432, 16);
const NEG: usize = memory.data(432, 16);
const NAF2: usize = memory.data(528, 16);
const NAF1: usize = memory.data(528, 16);
const SELG: usize = memory.data(2 * 144, 16);
const LE: usize = memory.data(72, 16);
const VT: usize = memory.data(3 * 144, 16);

/**
 * Odd multiples T[j] = (2j + 1)·P of the affine point (x, y), Jacobian, by co-Z additions as in mult.ts (point.ts
 * jacDoubleCoZ, jacAddCoZ: 5M + 2S each instead of 11M + 5S; ACC holds 2P, re-scaled to each new entry's Z, and is
 * free again afterwards). P has order n, so (2j − 1)·P + 2·P is never an exceptional sum and never infinity.
 */
function oddMultiples(T: usize, x: usize, y: usize): void {
  jacDoubleCoZ(ACC, T, x, y);
  for (let j: usize = 1; j < 16; j++) jacAddCoZ(T + j * PT, ACC, T + (j - 1) * PT);
}

/**
 * Signed odd-digit recoding of the 66 big-endian bytes at `k` into naf[0…527] (i8 digits, Σ naf_i·2^i = k).
 * At a position where the running value is odd, a window of W bits (plus carry) becomes one digit in
 * (−2^(W−1), 2^(W−1)), and the next W − 1 digits are 0. W ≤ 9 (the window is read from 16 bits).
 */
function recode(naf: usize, k: usize, W: i32): void {
  for (let i: usize = 0; i < 66; i++) store<u8>(LE + i, load<u8>(k + 65 - i));
  memory.fill(LE + 66, 0, 6);
  memory.fill(naf, 0, 528);
  let carry: i32 = 0;
  let i: i32 = 0;
  while (i < 527) { // k < 2^521: a final carry lands at most at position 526
    const bit = <i32>((load<u8>(LE + (i >> 3)) >> <u8>(i & 7)) & 1);
    if (bit == carry) { i++; continue; }
    let word = <i32>((<u32>load<u16>(LE + (i >> 3)) >> <u32>(i & 7)) & ((1 << W) - 1)) + carry;
    if (word & (1 << (W - 1))) { word -= 1 << W; carry = 1; } else carry = 0;
    store<i8>(naf + i, <i8>word);
    i += W;
  }
  memory.fill(LE, 0, 72);
}

/** ACC += d·Q (d odd, table T of odd multiples); `inf`: ACC is infinity. Returns whether the result is. */
function addDigit(T: usize, d: i32, inf: bool): bool {
  const e = T + <usize>((d > 0 ? d - 1 : -d - 1) >> 1) * PT;
  if (d > 0) memory.copy(NEG, e, PT); else ptNeg(NEG, e);
  if (inf) { memory.copy(ACC, NEG, PT); return false; }
  return jacAddVartime(ACC, ACC, NEG);
}

/** ACC += d·G (d odd, |d| < 64) from GEN_ODD_TABLE; `inf`: ACC is infinity. Returns whether the result is. */
function addGenDigit(d: i32, inf: bool): bool {
  const e = GEN_ODD_TABLE + <usize>((d > 0 ? d - 1 : -d - 1) >> 1) * 144;
  for (let i: usize = 0; i < 36; i++) store<u64>(SELG + (i << 3), <u64>load<u32>(e + (i << 2)));
  if (d < 0) { feNeg(VT, SELG + FE); feCopy(SELG + FE, VT); }
  if (inf) { feCopy(ACC, SELG); feCopy(ACC + FE, SELG + FE); feSetSmall(ACC + 2 * FE, 1); return false; }
  return jacAddAffineVartime(ACC, ACC, SELG);
}

/**
 * R = u1·G + u2·Q and test x(R) mod n == r without an inversion: with R = (X : Y : Z) Jacobian, x(R) = X/Z²; r is
 * accepted when X ≡ r·Z² or (r + n < p and X ≡ (r + n)·Z²). `u1`, `u2`, `r`: 66-byte big-endian scalars < n;
 * `qx`, `qy`: the validated public key. Returns false also when R is infinity. VARIABLE TIME.
 */
export function verifyCombine(u1: usize, u2: usize, r: usize, qx: usize, qy: usize): bool {
  oddMultiples(TQ, qx, qy);
  recode(NAF2, u2, W2);
  recode(NAF1, u1, W1);
  // Infinity is tracked by a flag (table entries are never infinity), so the additions need no zero tests of Z.
  let inf = true;
  let top: i32 = 527;
  while (top > 0 && load<i8>(NAF2 + top) == 0 && load<i8>(NAF1 + top) == 0) top--;
  for (let i = top; i >= 0; i--) {
    if (!inf) jacDouble(ACC, ACC);
    const d2 = <i32>load<i8>(NAF2 + i);
    if (d2 != 0) inf = addDigit(TQ, d2, inf);
    const d1 = <i32>load<i8>(NAF1 + i);
    if (d1 != 0) inf = addGenDigit(d1, inf);
  }
  if (inf) return false;
  const z2 = VT, rr = VT + FE, t = VT + 2 * FE;
  feSqr(z2, ACC + 2 * FE);
  feFromBytes(rr, r);
  feMul(t, rr, z2);
  feSub(t, ACC, t);
  if (feIsZero(t, rr) != 0) return true;
  // x(R) ∈ [0, p) may also be r + n, when r + n < p, i.e. r < p − n (≈ 2^259).
  if (bytesLessThan(r, P_MINUS_N_BE) == 0) return false;
  feFromBytes(rr, r);
  feAdd(rr, rr, ORDER_N);
  feMul(t, rr, z2);
  feSub(t, ACC, t);
  return feIsZero(t, rr) != 0;
}

export function verifyWipe(): void {
  memory.fill(TQ, 0, 16 * PT);
  memory.fill(ACC, 0, PT);
  memory.fill(NEG, 0, PT);
  memory.fill(NAF2, 0, 528);
  memory.fill(NAF1, 0, 528);
  memory.fill(SELG, 0, 2 * FE);
  memory.fill(LE, 0, 72);
  memory.fill(VT, 0, 3 * FE);
}
