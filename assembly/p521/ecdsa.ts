// ECDSA over secp521r1 with SHA-512 (FIPS 186-5 §6.4; SEC 1 §4.1), deterministic nonces per RFC 6979 §3.2 with
// HMAC-SHA-512, optionally hedged with additional data (RFC 6979 §3.6: `extra` is appended to the seed material
// of both K updates; with no extra data the output is exactly RFC 6979's).
//
// qlen = 521 > hlen = 512, so bits2int(SHA-512(m)) is the digest itself (no truncation) and it is < n:
// e = H(m) and bits2octets(H(m)) = int2octets(e) = 0x0000 ‖ H(m). The nonce candidate is the leftmost 521 bits of
// two HMAC blocks (T >> 503). A candidate outside [1, n − 1], or one giving r = 0 or s = 0, is rejected and the
// DRBG stepped (RFC 6979 §3.2 h.3); those branches reveal only that a rejection happened (probability < 2^−259).
// Secret values (d, k, k⁻¹, the DRBG state) are processed by constant-time code only: k·G in mult.ts, the
// inversion by divsteps with a fixed iteration count (safegcd.ts), additions with masks.
import { ALG_SHA512 } from '../hash';
import { HMAC_STATE_SIZE, hmacFinal, hmacInit, hmacUpdate } from '../hmac';
import { SHA512_STATE_SIZE, sha512Final, sha512Init, sha512Update } from '../sha512';
import { FE } from './field';
import { decodePoint, mulBase, privateKeyValid } from './keys';
import { scAdd, scFromBytes, scFromMont, scInv, scIsZero, scMontMul, scReduceOnce, scToBytes, scToMont } from './scalar';
import { verifyCombine } from './verify';

const HS: usize = memory.data(<i32>SHA512_STATE_SIZE, 16);
const HM: usize = memory.data(<i32>HMAC_STATE_SIZE, 16);
const KEY: usize = memory.data(64, 16);
/** V (64) ‖ marker (1) ‖ int2octets(d) (66) ‖ bits2octets(h) (66) ‖ extra (≤ EXTRA_MAX). */
export const EXTRA_MAX: usize = 128;
const SEED_SIZE: i32 = 64 + 1 + 66 + 66 + 128; // 128 = EXTRA_MAX
const SEED: usize = memory.data(SEED_SIZE, 16);
const T: usize = memory.data(128, 16);
const KB: usize = memory.data(66, 16);
const RX: usize = memory.data(2 * 144, 16); // x, y of k·G
const S: usize = memory.data(8 * 144, 16);  // scalar temporaries
const H1: usize = SEED + 65 + 66;                  // bits2octets(h) lives inside SEED

/**
 * H1 = int2octets(bits2int(H)) = SHA-512(msg) left-padded to 66 bytes; or, when `hashed`, the digest of msgLen ∈
 * {32, 48, 64} bytes at msg, left-padded (a digest shorter than qlen = 521 bits is taken whole: bits2int without
 * truncation, so e < 2^512 < n and no reduction is needed).
 */
function digest(msg: usize, msgLen: usize, hashed: bool): void {
  if (hashed) { memory.fill(H1, 0, 66 - msgLen); memory.copy(H1 + 66 - msgLen, msg, msgLen); return; }
  memory.fill(H1, 0, 2);
  sha512Init(HS);
  sha512Update(HS, msg, msgLen);
  sha512Final(HS, H1 + 2);
}

/** K = HMAC_K(V ‖ marker ‖ seed), V = HMAC_K(V) (RFC 6979 §3.2 d–g); `seedLen` covers x ‖ h1 ‖ extra. */
function drbgUpdate(marker: u8, seedLen: usize): void {
  store<u8>(SEED + 64, marker);
  hmacInit(ALG_SHA512, HM, KEY, 64);
  hmacUpdate(ALG_SHA512, HM, SEED, 65 + seedLen);
  hmacFinal(ALG_SHA512, HM, KEY);
  hmacInit(ALG_SHA512, HM, KEY, 64);
  hmacUpdate(ALG_SHA512, HM, SEED, 64);
  hmacFinal(ALG_SHA512, HM, SEED); // V lives at SEED[0..64)
}

/** V = HMAC_K(V); copy V to `out`. */
function drbgNext(out: usize): void {
  hmacInit(ALG_SHA512, HM, KEY, 64);
  hmacUpdate(ALG_SHA512, HM, SEED, 64);
  hmacFinal(ALG_SHA512, HM, SEED);
  memory.copy(out, SEED, 64);
}

/**
 * Sign SHA-512(msg) (or the digest at msg when `hashed`) with the 66-byte private key `d`; writes r ‖ s (132 bytes) to `out`. `extra` (0…EXTRA_MAX
 * bytes) hedges the nonce. Returns false when d is not in [1, n − 1].
 */
export function sign(d: usize, msg: usize, msgLen: usize, hashed: bool, extra: usize, extraLen: usize, out: usize): bool {
  if (privateKeyValid(d) == 0) return false;
  digest(msg, msgLen, hashed);
  memory.copy(SEED + 65, d, 66);
  memory.copy(SEED + 65 + 132, extra, extraLen);
  const seedLen: usize = 132 + extraLen;
  memory.fill(KEY, 0, 64);
  memory.fill(SEED, 1, 64);
  drbgUpdate(0x00, seedLen);
  drbgUpdate(0x01, seedLen);
  const dM = S, eM = S + FE, kM = S + 2 * FE, r = S + 3 * FE, t = S + 4 * FE, u = S + 5 * FE;
  scFromBytes(t, d); scToMont(dM, t);
  scFromBytes(t, H1); scToMont(eM, t);
  for (;;) {
    drbgNext(T);
    drbgNext(T + 64);
    // k = leftmost 521 bits of T = T[0..66) >> 7
    for (let i: usize = 65; i > 0; i--) store<u8>(KB + i, <u8>((load<u8>(T + i - 1) << 1) | (load<u8>(T + i) >> 7)));
    store<u8>(KB, load<u8>(T) >> 7);
    if (privateKeyValid(KB) != 0) {
      mulBase(RX, RX + FE, KB);
      scReduceOnce(r, RX);                   // r = x(kG) mod n (x < p < 2n)
      if (scIsZero(r) == 0) {
        scFromBytes(t, KB); scInv(t, t);     // k⁻¹ (constant time, safegcd.ts)
        scToMont(kM, t);
        scToMont(t, r);
        scMontMul(u, t, dM);                 // r·d
        scAdd(u, u, eM);                     // e + r·d
        scMontMul(u, u, kM);                 // k⁻¹(e + r·d)
        scFromMont(u, u);
        if (scIsZero(u) == 0) {
          scToBytes(out, r);
          scToBytes(out + 66, u);
          ecdsaWipe();
          return true;
        }
      }
    }
    // RFC 6979 §3.2 h.3: K = HMAC_K(V ‖ 0x00), V = HMAC_K(V)
    hmacInit(ALG_SHA512, HM, KEY, 64);
    hmacUpdate(ALG_SHA512, HM, SEED, 64);
    store<u8>(T, 0);
    hmacUpdate(ALG_SHA512, HM, T, 1);
    hmacFinal(ALG_SHA512, HM, KEY);
    drbgNext(T);
  }
  return false; // not reached
}

const Q: usize = memory.data(2 * 144, 16);
const U: usize = memory.data(132, 16);

/**
 * Verify the 132-byte r ‖ s at `sig` over SHA-512(msg) under the SEC 1 public key at `pub`. Returns 1 (valid),
 * 0 (invalid signature) or −1 (the public key does not decode to a valid point). Public data: variable time.
 */
export function verify(pub: usize, pubLen: usize, msg: usize, msgLen: usize, hashed: bool, sig: usize): i32 {
  if (!decodePoint(Q, Q + FE, pub, pubLen)) { ecdsaWipe(); return -1; }
  let ok = privateKeyValid(sig) != 0 && privateKeyValid(sig + 66) != 0; // r, s ∈ [1, n − 1]
  if (ok) {
    digest(msg, msgLen, hashed);
    const w = S, e = S + FE, t = S + 2 * FE;
    scFromBytes(t, sig + 66);
    scInv(w, t);                             // s⁻¹
    scToMont(w, w);                          // s⁻¹·R
    scFromBytes(t, H1); scMontMul(e, t, w); // u1 = e·s⁻¹ (t·w·R⁻¹ with w = s⁻¹R: plain result)
    scToBytes(U, e);
    scFromBytes(t, sig); scMontMul(e, t, w); // u2 = r·s⁻¹
    scToBytes(U + 66, e);
    ok = verifyCombine(U, U + 66, sig, Q, Q + FE);
  }
  ecdsaWipe();
  return ok ? 1 : 0;
}

export function ecdsaWipe(): void {
  memory.fill(HS, 0, <i32>SHA512_STATE_SIZE);
  memory.fill(HM, 0, <i32>HMAC_STATE_SIZE);
  memory.fill(KEY, 0, 64);
  memory.fill(SEED, 0, SEED_SIZE);
  memory.fill(T, 0, 128);
  memory.fill(KB, 0, 66);
  memory.fill(RX, 0, 2 * FE);
  memory.fill(S, 0, 8 * FE);
  memory.fill(Q, 0, 2 * FE);
  memory.fill(U, 0, 132);
}
