// Arithmetic modulo the group order n of secp521r1 (FIPS 186-5 ECDSA, SEC 1 §4.1).
//
// Representation: the field layout (18 limbs of 29 bits, u64 each, 144 bytes), always canonical (every limb
// < 2^29, value < n). Multiplication is Montgomery's with R = 2^522 (scalar-mul.ts, generated, bounds written
// there); values inside a computation may be in Montgomery form (a·R mod n), which the names say ("Mont").
// Every function here is constant time (masks, fixed loop counts).
import { ORDER_N, ORDER_N30, ORDER_N30_INV, ORDER_R2 } from './constants';
import { invModOdd } from './safegcd';
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

/**
 * r = a⁻¹ mod n (plain limbs in and out; 0 maps to 0), by constant-time divsteps (safegcd.ts). Used for the secret
 * nonce of a signature and for the public s under verification alike. Measured in Node 20: 10 µs, where Fermat's
 * a^(n − 2) in the Montgomery domain took 123 µs and the variable-time binary Euclid it also replaces 21 µs.
 */
export function scInv(r: usize, a: usize): void {
  invModOdd(r, a, ORDER_N30, ORDER_N30_INV);
}

export function scalarWipe(): void {
  memory.fill(SUM, 0, 144);
  memory.fill(DIF, 0, 144);
}
