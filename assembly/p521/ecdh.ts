// ECDH over secp521r1 (SEC 1 v2 §3.3.1, the Elliptic Curve Diffie-Hellman primitive; wire-format §3.5): the
// shared secret is the x coordinate of d·Q, 66 bytes big-endian with leading zeros kept, no KDF applied.
// The public key Q is validated first (keys.ts: coordinates < p, on the curve, not infinity); P-521 has cofactor 1,
// so a valid point has order n and d·Q is never infinity for d ∈ [1, n − 1].
import { FE, feToBytes } from './field';
import { decodePoint, privateKeyValid } from './keys';
import { mulSecretProj } from './mult';
import { PT, projToAffineX } from './point';

const Q: usize = memory.data(2 * 144, 16);
const R: usize = memory.data(3 * 144, 16);

export const ECDH_OK: i32 = 0;
export const ECDH_BAD_PRIVATE: i32 = 1;
export const ECDH_BAD_PUBLIC: i32 = 2;

/** out (66 bytes) = x(d·Q). Returns ECDH_OK, ECDH_BAD_PRIVATE or ECDH_BAD_PUBLIC (nothing written then). */
export function ecdh(d: usize, pub: usize, pubLen: usize, out: usize): i32 {
  if (privateKeyValid(d) == 0) return ECDH_BAD_PRIVATE;
  if (!decodePoint(Q, Q + FE, pub, pubLen)) { ecdhWipe(); return ECDH_BAD_PUBLIC; }
  mulSecretProj(R, d, Q, Q + FE);     // ±d·Q: the sign does not change x
  projToAffineX(R, R);
  feToBytes(out, R);
  ecdhWipe();
  return ECDH_OK;
}

export function ecdhWipe(): void {
  memory.fill(Q, 0, 2 * FE);
  memory.fill(R, 0, PT);
}
