// Key validation and SEC 1 point encodings (SEC 1 v2 §2.3.3–2.3.4 Octet-String ↔ Elliptic-Curve-Point, §3.2.2
// public key validation). Public keys are public data: the decoder may branch on them. Private keys are checked
// for range in constant time (bytesLessThan, scIsZero-style OR).
import { FE, bytesLessThan, feCanon, feFromBytes, feMul, feMulSmall, feNeg, feSqr, feSqrt, feSub, feAdd, feIsZero, feToBytes } from './field';
import { CURVE_B } from './constants';
import { onCurve } from './point';
import { FIELD_P_BE, ORDER_N_BE } from './scalar';
import { combMulSecret } from './comb';

const KT: usize = memory.data(3 * 144, 16);

/**
 * 1 when the 66 big-endian bytes at `k` are an integer in [1, n − 1], else 0. Constant time: a full comparison
 * with n and an OR over all bytes, combined arithmetically.
 */
export function privateKeyValid(k: usize): u32 {
  let acc: u32 = 0;
  for (let i: usize = 0; i < 66; i++) acc |= <u32>load<u8>(k + i);
  const nonZero = ((acc | (0 - acc)) >> 31) & 1;
  return bytesLessThan(k, ORDER_N_BE) & nonZero;
}

/**
 * Decode a SEC 1 point (uncompressed 0x04 ‖ X ‖ Y, 133 bytes, or compressed 0x02/0x03 ‖ X, 67 bytes) at `p` into
 * canonical affine limbs (x, y) and validate it: coordinates < p, on the curve, not infinity (infinity has no
 * encoding of these lengths). Returns true when valid. Public data: variable time.
 */
export function decodePoint(x: usize, y: usize, p: usize, len: usize): bool {
  const tag = load<u8>(p);
  if (len == 133 && tag == 0x04) {
    if (bytesLessThan(p + 1, FIELD_P_BE) == 0 || bytesLessThan(p + 67, FIELD_P_BE) == 0) return false;
    feFromBytes(x, p + 1);
    feFromBytes(y, p + 67);
    return onCurve(x, y) != 0;
  }
  if (len == 67 && (tag == 0x02 || tag == 0x03)) {
    if (bytesLessThan(p + 1, FIELD_P_BE) == 0) return false;
    feFromBytes(x, p + 1);
    // α = x³ − 3x + b, β = α^((p+1)/4); valid only when β² = α (SEC 1 §2.3.4 step 2.4.1–2.4.3).
    const alpha = KT, t = KT + FE, u = KT + 2 * FE;
    feSqr(alpha, x); feMul(alpha, alpha, x);
    feMulSmall(t, x, 3); feSub(alpha, alpha, t); feAdd(alpha, alpha, CURVE_B);
    feSqrt(y, alpha);
    feSqr(t, y); feSub(t, t, alpha);
    if (feIsZero(t, u) == 0) return false;
    feCanon(y, y);
    if ((<u32>load<u64>(y) & 1) != <u32>(tag & 1)) { feNeg(y, y); feCanon(y, y); }
    return true;
  }
  return false;
}

/** Write the uncompressed SEC 1 encoding 0x04 ‖ X ‖ Y (133 bytes) of canonical (x, y) to `out`. */
export function encodePoint(out: usize, x: usize, y: usize): void {
  store<u8>(out, 0x04);
  feToBytes(out + 1, x);
  feToBytes(out + 67, y);
}

/** (x, y) = k·G, constant time in k (k valid, checked by the caller): the fixed-base comb (comb.ts). */
export function mulBase(x: usize, y: usize, k: usize): void {
  combMulSecret(x, y, k);
}

export function keysWipe(): void {
  memory.fill(KT, 0, 3 * FE);
}
