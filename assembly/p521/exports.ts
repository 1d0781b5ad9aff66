// Kernel exports of the P-521 family (re-exported by assembly/index.ts). Pointers are into the IO window
// (abi.ts); the facade (src/wasm/p521.ts) lays inputs out and checks lengths before calling. Every export wipes
// the family's private regions before returning. Status codes: STATUS_OK (0) or the negative codes below.
import { STATUS_BAD_LENGTH, STATUS_OK } from '../abi';
import { feWipe } from './field';
import { pointWipe } from './point';
import { multWipe } from './mult';
import { scalarWipe } from './scalar';
import { safegcdWipe } from './safegcd';
import { keysWipe, decodePoint, encodePoint, mulBase, privateKeyValid } from './keys';
import { ECDH_BAD_PRIVATE, ECDH_OK, ecdh, ecdhWipe } from './ecdh';
import { EXTRA_MAX, ecdsaWipe, sign, verify } from './ecdsa';
import { verifyWipe } from './verify';
import { fanout, fanoutWipe } from './fanout';
import { combWipe } from './comb';
import { FE } from './field';

/** The private key is not an integer in [1, n − 1]. */
export const P521_STATUS_BAD_PRIVATE: i32 = -16;
/** A public key does not decode to a valid point (wrong encoding, coordinate ≥ p, off the curve, infinity). */
export const P521_STATUS_BAD_PUBLIC: i32 = -17;
/** Largest hedging input for p521_sign. */
export const P521_EXTRA_MAX: u32 = <u32>EXTRA_MAX;

const PT2: usize = memory.data(2 * 144, 16);

/** 1 when the 66 big-endian bytes at `d` are a valid private key (in [1, n − 1]), else 0. Constant time. */
export function p521_private_valid(d: usize): i32 {
  return <i32>privateKeyValid(d);
}

/** out (133 bytes) = 0x04 ‖ X ‖ Y of d·G. */
export function p521_get_public_key(d: usize, out: usize): i32 {
  if (privateKeyValid(d) == 0) return P521_STATUS_BAD_PRIVATE;
  mulBase(PT2, PT2 + FE, d);
  encodePoint(out, PT2, PT2 + FE);
  p521_wipe_all();
  return STATUS_OK;
}

/** Decode and validate a SEC 1 public key (133 or 67 bytes); writes the uncompressed form (133 bytes) to `out`. */
export function p521_public_decode(pub: usize, len: usize, out: usize): i32 {
  const ok = decodePoint(PT2, PT2 + FE, pub, len);
  if (ok) encodePoint(out, PT2, PT2 + FE);
  p521_wipe_all();
  return ok ? STATUS_OK : P521_STATUS_BAD_PUBLIC;
}

/** out (66 bytes) = x(d·Q). */
export function p521_ecdh(d: usize, pub: usize, len: usize, out: usize): i32 {
  const s = ecdh(d, pub, len, out);
  p521_wipe_all();
  return s == ECDH_OK ? STATUS_OK : s == ECDH_BAD_PRIVATE ? P521_STATUS_BAD_PRIVATE : P521_STATUS_BAD_PUBLIC;
}

/**
 * out (132 bytes) = r ‖ s, ECDSA-SHA-512 over msg, RFC 6979 nonce hedged with `extra` (0…P521_EXTRA_MAX bytes).
 * `hashed` = 1: msg is already the 64-byte SHA-512 digest (messages larger than the IO window).
 */
export function p521_sign(d: usize, msg: usize, msgLen: usize, hashed: u32, extra: usize, extraLen: usize, out: usize): i32 {
  if (extraLen > EXTRA_MAX || (hashed != 0 && msgLen != 64)) return STATUS_BAD_LENGTH;
  const ok = sign(d, msg, msgLen, hashed != 0, extra, extraLen, out);
  p521_wipe_all();
  return ok ? STATUS_OK : P521_STATUS_BAD_PRIVATE;
}

/**
 * 1 = valid, 0 = invalid signature, P521_STATUS_BAD_PUBLIC = the key does not decode. `hashed` = 1: msg is a
 * digest of 32, 48 or 64 bytes (SHA-256/384/512, the digests the reference's signature container can name).
 */
export function p521_verify(pub: usize, len: usize, msg: usize, msgLen: usize, hashed: u32, sig: usize): i32 {
  if (hashed != 0 && msgLen != 32 && msgLen != 48 && msgLen != 64) return STATUS_BAD_LENGTH;
  const v = verify(pub, len, msg, msgLen, hashed != 0, sig);
  p521_wipe_all();
  return v < 0 ? P521_STATUS_BAD_PUBLIC : v;
}

/**
 * The fan-out (fanout.ts): `count` recipients described by 16-byte table entries; 32-byte keys to `out`, one
 * status byte each to `status`. `alg`: 0 = HKDF-SHA-256, 1 = HKDF-SHA-512. Returns the number of invalid
 * recipient keys, or P521_STATUS_BAD_PRIVATE.
 */
export function p521_fanout(d: usize, count: u32, table: usize, alg: u32, out: usize, status: usize): i32 {
  const bad = fanout(d, count, table, alg, out, status);
  p521_wipe_all();
  return bad < 0 ? P521_STATUS_BAD_PRIVATE : bad;
}

/** Wipe every private region of the P-521 family (called by every export and by wipe_all after a trap). */
export function p521_wipe_all(): void {
  feWipe(); pointWipe(); multWipe(); combWipe(); scalarWipe(); keysWipe(); ecdhWipe(); ecdsaWipe(); verifyWipe(); fanoutWipe();
  safegcdWipe();
  memory.fill(PT2, 0, 2 * FE);
}
