// Arithmetic modulo the group order n of secp521r1 (FIPS 186-5 ECDSA, SEC 1 §4.1).
//
// Representation: the field layout (18 limbs of 29 bits, u64 each, 144 bytes), always canonical (every limb
// < 2^29, value < n). Multiplication is Montgomery's with R = 2^522 (scalar-mul.ts, generated, bounds written
// there); values inside a computation may be in Montgomery form (a·R mod n), which the names say ("Mont").
// Every function here is constant time (masks, fixed loop counts) except scInvVartime, which is used only for the
// public s of a signature under verification.
import { ORDER_N, ORDER_R1, ORDER_R2 } from './constants';
import { scMontMul } from './scalar-mul';
import { FE, feFromBytes, feToBytes } from './field';

export { scMontMul };

const M: u64 = 0x1fffffff;

/** n as 66 big-endian bytes (for byte-level range checks). */
export const ORDER_N_BE: usize = memory.data<u8>([
  0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfa, 0x51, 0x86,
  0x87, 0x83, 0xbf, 0x2f, 0x96, 0x6b, 0x7f, 0xcc, 0x01, 0x48, 0xf7, 0x09, 0xa5, 0xd0, 0x3b, 0xb5, 0xc9, 0xb8,
  0x89, 0x9c, 0x47, 0xae, 0xbb, 0x6f, 0xb7, 0x1e, 0x91, 0x38, 0x64, 0x09,
]);

/** p = 2^521 − 1 as 66 big-endian bytes. */
export const FIELD_P_BE: usize = memory.data<u8>([
  0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
]);

/** Limbs from 66 big-endian bytes (value < 2^521). */
export function scFromBytes(r: usize, p: usize): void { feFromBytes(r, p); }
/** 66 big-endian bytes from canonical limbs. */
export function scToBytes(p: usize, a: usize): void { feToBytes(p, a); }

/** r = a·R mod n (enter the Montgomery domain). */
export function scToMont(r: usize, a: usize): void { scMontMul(r, a, ORDER_R2); }

const ONE: usize = memory.data<u64>([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
/** r = a·R⁻¹ mod n (leave the Montgomery domain). */
export function scFromMont(r: usize, a: usize): void { scMontMul(r, a, ONE); }

/** r = a + b mod n (a, b < n, either domain). Masked conditional subtraction of n. */
export function scAdd(r: usize, a: usize, b: usize): void {
  let c: u64 = 0, br: i64 = 0;
  for (let i: usize = 0; i < 144; i += 8) {
    const v = load<u64>(a + i) + load<u64>(b + i) + c;
    c = v >> 29;
    const s = v & M;
    store<u64>(SUM + i, s);
    const d = <i64>s - <i64>load<u64>(ORDER_N + i) + br;
    br = d >> 29;
    store<u64>(DIF + i, <u64>d & M);
  }
  // a + b < 2n < 2^522, so it fits in 18 limbs (c = 0 at the end). Keep the sum when sum − n borrowed.
  const keep = <u64>(br >> 63);
  for (let i: usize = 0; i < 144; i += 8) {
    store<u64>(r + i, (load<u64>(SUM + i) & keep) | (load<u64>(DIF + i) & ~keep));
  }
}
const SUM: usize = memory.data(144, 16);
const DIF: usize = memory.data(144, 16);

/** All ones when a == 0 (canonical), else 0. */
export function scIsZero(a: usize): u64 {
  let acc: u64 = 0;
  for (let i: usize = 0; i < 144; i += 8) acc |= load<u64>(a + i);
  return ((acc | (0 - acc)) >> 63) - 1;
}

/** r = x mod n for a canonical field element x < p < 2n: one masked subtraction. */
export function scReduceOnce(r: usize, x: usize): void {
  let br: i64 = 0;
  for (let i: usize = 0; i < 144; i += 8) {
    const d = <i64>load<u64>(x + i) - <i64>load<u64>(ORDER_N + i) + br;
    br = d >> 29;
    store<u64>(DIF + i, <u64>d & M);
  }
  const keep = <u64>(br >> 63);
  for (let i: usize = 0; i < 144; i += 8) {
    store<u64>(r + i, (load<u64>(x + i) & keep) | (load<u64>(DIF + i) & ~keep));
  }
}

/** Window table for the inversion: a^0 … a^15 in Montgomery form. */
const WIN: usize = memory.data(16 * 144, 16);

/**
 * r = a⁻¹ mod n, Montgomery in, Montgomery out (a^(n−2), Fermat). Fixed 4-bit windows over the PUBLIC exponent
 * n − 2: the sequence of squarings and the table index (a digit of n − 2) do not depend on a. Constant time in a.
 */
export function scInvMont(r: usize, a: usize): void {
  memory.copy(WIN, ORDER_R1, FE);
  memory.copy(WIN + FE, a, FE);
  for (let i: usize = 2; i < 16; i++) scMontMul(WIN + i * FE, WIN + (i - 1) * FE, a);
  memory.copy(ACC, ORDER_R1, FE);
  // 66 bytes = 132 nibbles, most significant first (the top nibble is 0 or 1).
  for (let i: usize = 0; i < 132; i++) {
    // digits of n − 2: those of n except the last byte, 0x09 − 2 = 0x07 (no borrow)
    const byte: u32 = i >= 130 ? 0x07 : <u32>load<u8>(ORDER_N_BE + (i >> 1));
    const nib = (i & 1) == 0 ? byte >> 4 : byte & 15;
    if (i > 0) { scMontMul(ACC, ACC, ACC); scMontMul(ACC, ACC, ACC); scMontMul(ACC, ACC, ACC); scMontMul(ACC, ACC, ACC); }
    if (nib != 0) scMontMul(ACC, ACC, WIN + <usize>nib * FE); // branch on the public exponent only
  }
  memory.copy(r, ACC, FE);
  memory.fill(WIN, 0, 16 * 144);
  memory.fill(ACC, 0, 144);
}
const ACC: usize = memory.data(144, 16);

// --- Variable-time inversion (verification only: s of a signature is public) ---
// Binary extended Euclid on 17 × 32-bit little-endian words (544 bits ≥ 522 needed for x + n):
// invariants u ≡ a·x1, v ≡ a·x2 (mod n); halving a coefficient adds n first when it is odd (n is odd).
const W17: usize = 17 * 4;
const EU: usize = memory.data(68, 16);
const EV: usize = memory.data(68, 16);
const EX1: usize = memory.data(68, 16);
const EX2: usize = memory.data(68, 16);
const NW: usize = memory.data(68, 16);   // n in 32-bit words (filled per call, wiped after)
const EB: usize = memory.data(66, 16);

function wordsFromBytes(w: usize, p: usize): void {
  memory.fill(w, 0, W17);
  for (let i: usize = 0; i < 66; i++) {
    const byte = <u32>load<u8>(p + 65 - i);
    const at = w + ((i >> 2) << 2);
    store<u32>(at, load<u32>(at) | (byte << (<u32>(i & 3) << 3)));
  }
}
function wordsToBytes(p: usize, w: usize): void {
  for (let i: usize = 0; i < 66; i++) store<u8>(p + 65 - i, <u8>(load<u32>(w + ((i >> 2) << 2)) >> (<u32>(i & 3) << 3)));
}
function wIsOne(w: usize): bool {
  if (load<u32>(w) != 1) return false;
  for (let i: usize = 4; i < W17; i += 4) if (load<u32>(w + i) != 0) return false;
  return true;
}
function wShr1(w: usize): void {
  for (let i: usize = 0; i < W17 - 4; i += 4) store<u32>(w + i, (load<u32>(w + i) >> 1) | (load<u32>(w + i + 4) << 31));
  store<u32>(w + W17 - 4, load<u32>(w + W17 - 4) >> 1);
}
/** w = w + n when w is odd, then halve: w/2 mod n. */
function wHalfMod(w: usize): void {
  if ((load<u32>(w) & 1) != 0) {
    let c: u64 = 0;
    for (let i: usize = 0; i < W17; i += 4) {
      const t = <u64>load<u32>(w + i) + <u64>load<u32>(NW + i) + c;
      store<u32>(w + i, <u32>t); c = t >> 32;
    }
  }
  wShr1(w);
}
function wGeq(a: usize, b: usize): bool {
  for (let i: isize = <isize>W17 - 4; i >= 0; i -= 4) {
    const x = load<u32>(a + i), y = load<u32>(b + i);
    if (x != y) return x > y;
  }
  return true;
}
function wSub(r: usize, a: usize, b: usize): void {
  let br: i64 = 0;
  for (let i: usize = 0; i < W17; i += 4) {
    const t = <i64>load<u32>(a + i) - <i64>load<u32>(b + i) + br;
    store<u32>(r + i, <u32>t); br = t >> 32;
  }
}
/** a = a − b mod n for a, b < n. */
function wSubMod(a: usize, b: usize): void {
  if (wGeq(a, b)) { wSub(a, a, b); return; }
  wSub(a, a, b);
  let c: u64 = 0;
  for (let i: usize = 0; i < W17; i += 4) {
    const t = <u64>load<u32>(a + i) + <u64>load<u32>(NW + i) + c;
    store<u32>(a + i, <u32>t); c = t >> 32;
  }
}

/**
 * r = a⁻¹ mod n (plain limbs in and out, a ≠ 0). VARIABLE TIME: binary extended Euclid; its running time depends on
 * a, so it is used only for the public s of a signature under verification, never for a secret.
 */
export function scInvVartime(r: usize, a: usize): void {
  scToBytes(EB, a);
  wordsFromBytes(EU, EB);
  wordsFromBytes(NW, ORDER_N_BE);
  memory.copy(EV, NW, W17);
  memory.fill(EX1, 0, W17); store<u32>(EX1, 1);
  memory.fill(EX2, 0, W17);
  while (!wIsOne(EU) && !wIsOne(EV)) {
    while ((load<u32>(EU) & 1) == 0) { wShr1(EU); wHalfMod(EX1); }
    while ((load<u32>(EV) & 1) == 0) { wShr1(EV); wHalfMod(EX2); }
    if (wGeq(EU, EV)) { wSub(EU, EU, EV); wSubMod(EX1, EX2); } else { wSub(EV, EV, EU); wSubMod(EX2, EX1); }
  }
  wordsToBytes(EB, wIsOne(EU) ? EX1 : EX2);
  scFromBytes(r, EB);
  memory.fill(EU, 0, 68); memory.fill(EV, 0, 68); memory.fill(EX1, 0, 68); memory.fill(EX2, 0, 68);
  memory.fill(NW, 0, 68); memory.fill(EB, 0, 66);
}

export function scalarWipe(): void {
  memory.fill(EU, 0, 68); memory.fill(EV, 0, 68); memory.fill(EX1, 0, 68); memory.fill(EX2, 0, 68);
  memory.fill(NW, 0, 68); memory.fill(EB, 0, 66);
  memory.fill(SUM, 0, 144);
  memory.fill(DIF, 0, 144);
  memory.fill(WIN, 0, 16 * 144);
  memory.fill(ACC, 0, 144);
}
