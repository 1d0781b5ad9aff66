// P-521 (secp521r1) keys, ECDH and ECDSA-SHA-512, and the key-exchange fan-out, plus the reference's wire formats
// (./p521-formats.ts). Synchronous after `await ready()`; the `*Async` forms await ready() themselves and use the
// runtime's WebCrypto where src/policy.ts measured it faster.
import { abytes, abytesRange, aoneOf } from '../bytes.ts';
import { current, ready } from '../engine.ts';
import { InvalidArgumentError, InvalidKeyError } from '../errors.ts';
import type { FanoutResult, WrapHash } from '../ops/p521.ts';
import { randomBytes } from '../random.ts';
import { webcryptoP521Verify } from '../webcrypto/p521.ts';
import * as formats from './p521-formats.ts';

export type { FanoutResult, WrapHash } from '../ops/p521.ts';
export type { SignatureHash } from './p521-formats.ts';

/** Largest `info` accepted per fan-out recipient (the reference rejects HKDF info above 1024 bytes). */
export const P521_INFO_MAX = 1024;
/** Bytes of fresh randomness mixed into every signature nonce (RFC 6979 §3.6 additional data). */
const HEDGE = 32;

function aprivate(privateKey: unknown): asserts privateKey is Uint8Array {
  abytes(privateKey, 'privateKey', 66);
}
function apublic(publicKey: unknown): asserts publicKey is Uint8Array {
  abytes(publicKey, 'publicKey', 133, 67);
}

/**
 * A fresh private key: 66 random bytes with the top 7 bits cleared, redrawn until the value is in [1, n − 1]
 * (a redraw happens with probability < 2^−259).
 * @returns 66-byte big-endian scalar
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example
 * ```ts
 * await ready();
 * const priv = p521.randomPrivateKey();
 * ```
 */
function randomPrivateKey(): Uint8Array {
  const e = current().active;
  for (;;) {
    const d = randomBytes(66);
    d[0]! &= 0x01;
    if (e.p521PrivateValid(d)) return d;
    d.fill(0);
  }
}

/**
 * The public key d·G of a private key.
 * @param privateKey - 66-byte big-endian scalar in [1, n − 1]
 * @returns 133 bytes: 0x04 ‖ X (66) ‖ Y (66)
 * @throws {@link InvalidArgumentError} unless `privateKey` is a 66-byte Uint8Array
 * @throws {@link InvalidKeyError} when the scalar is 0 or ≥ n
 * @example `const pub = p521.getPublicKey(priv);`
 */
function getPublicKey(privateKey: Uint8Array): Uint8Array {
  aprivate(privateKey);
  return current().active.p521GetPublicKey(privateKey);
}

/**
 * Validate a SEC 1 public key and return it uncompressed (decompressing a 67-byte key).
 * @throws {@link InvalidArgumentError} for a length other than 133 or 67
 * @throws {@link InvalidKeyError} for a bad encoding, a coordinate ≥ p, a point off the curve
 * @example `const full = p521.decodePublicKey(compressed67);`
 */
function decodePublicKey(publicKey: Uint8Array): Uint8Array {
  apublic(publicKey);
  return current().active.p521DecodePublicKey(publicKey);
}

/**
 * ECDH: the x coordinate of privateKey·publicKey (SEC 1 §3.3.1), 66 bytes big-endian with leading zeros kept.
 * Constant time in the private key.
 * @param publicKey - SEC 1 uncompressed (133 bytes) or compressed (67 bytes)
 * @throws {@link InvalidArgumentError} for wrong types or lengths
 * @throws {@link InvalidKeyError} for a scalar outside [1, n − 1] or an invalid point (off the curve, coordinate
 *   ≥ p, bad prefix)
 * @example `const ss = p521.ecdh(myPriv, theirPub);`
 */
function ecdh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  aprivate(privateKey);
  apublic(publicKey);
  return current().active.p521Ecdh(privateKey, publicKey);
}

/**
 * ECDSA with SHA-512 over `message`. The nonce is RFC 6979's (HMAC-SHA-512 DRBG) hedged with 32 fresh random
 * bytes as RFC 6979 §3.6 additional data: a broken RNG degrades to plain RFC 6979, never to a repeated nonce.
 * Pass `{ extraEntropy: false }` for the exact RFC 6979 output (reproducible, used by the ACVP vectors).
 * @returns 132 bytes r ‖ s (no low-s normalization; ECDSA/P-521 accepts both)
 * @throws {@link InvalidArgumentError} for wrong types or lengths (extraEntropy: 0…128 bytes)
 * @throws {@link InvalidKeyError} for a scalar outside [1, n − 1]
 * @example `const sig = p521.sign(priv, message);`
 */
function sign(privateKey: Uint8Array, message: Uint8Array, options: { extraEntropy?: boolean | Uint8Array } = {}): Uint8Array {
  aprivate(privateKey);
  abytes(message, 'message');
  const x = options?.extraEntropy ?? true;
  let extra: Uint8Array;
  if (x === true) extra = randomBytes(HEDGE);
  else if (x === false) extra = new Uint8Array(0);
  else { abytesRange(x, 'extraEntropy', 0, 128); extra = x; }
  return current().active.p521Sign(privateKey, message, extra);
}

/**
 * Verify an ECDSA-SHA-512 signature. Returns false for any invalid signature — wrong length, r or s outside
 * [1, n − 1], or a mismatch — and never throws on one. Variable time (every input is public).
 * @param signature - 132 bytes r ‖ s (any other length is an invalid signature: false)
 * @throws {@link InvalidArgumentError} when an argument is not a Uint8Array or the key length is wrong
 * @throws {@link InvalidKeyError} when the public key is not a valid point
 * @example `if (!p521.verify(pub, message, sig)) reject();`
 */
function verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  apublic(publicKey);
  abytes(message, 'message');
  abytes(signature, 'signature');
  if (signature.length !== 132) return false;
  return current().active.p521Verify(publicKey, message, signature);
}

/**
 * Verify an ECDSA P-521 signature over a message digest computed elsewhere: SHA-256 (32 bytes), SHA-384 (48) or
 * SHA-512 (64), the digests the reference's signature container can name (wire-format §3.4; protocol signatures
 * are always SHA-512 — use {@link verify} for those). The digest is taken whole as the integer e (it is shorter
 * than the 521-bit order). Same verdict rules as {@link verify}.
 * @throws {@link InvalidArgumentError} for a digest of another length or non-Uint8Array arguments
 * @throws {@link InvalidKeyError} when the public key is not a valid point
 * @example `const { hash, signature } = p521Wire.decodeSignature(sig143); p521.verifyDigest(pub, sha256(msg), signature);`
 */
function verifyDigest(publicKey: Uint8Array, digest: Uint8Array, signature: Uint8Array): boolean {
  apublic(publicKey);
  abytes(digest, 'digest', 32, 48, 64);
  abytes(signature, 'signature');
  if (signature.length !== 132) return false;
  return current().active.p521VerifyDigest(publicKey, digest, signature);
}

/**
 * {@link verify}, async: awaits `ready()` and uses WebCrypto where src/policy.ts measured it faster for the
 * runtime and the message size. Same verdicts.
 * @throws {@link InvalidArgumentError} / {@link InvalidKeyError} (rejections) as {@link verify}
 * @example `const ok = await p521.verifyAsync(pub, message, sig);`
 */
async function verifyAsync(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  apublic(publicKey);
  abytes(message, 'message');
  abytes(signature, 'signature');
  await ready();
  const s = current();
  if (signature.length !== 132) return false;
  if (message.length >= s.routes.webcrypto.p521Verify) {
    const full = s.active.p521DecodePublicKey(publicKey); // same InvalidKeyError verdicts as the sync path
    try {
      return await webcryptoP521Verify(s.subtle!, full, message, signature);
    } catch {
      // A runtime whose WebCrypto lacks P-521 (or refuses the key) still gets a verdict from the engine.
    }
  }
  return s.active.p521Verify(publicKey, message, signature);
}

/**
 * {@link ecdh}, async (awaits `ready()`). WebCrypto is never used: it cannot take a raw scalar without a second
 * scalar multiplication for the public half, and the kernel is faster in every runtime measured (README Speed).
 * @example `const ss = await p521.ecdhAsync(priv, pub);`
 */
async function ecdhAsync(privateKey: Uint8Array, publicKey: Uint8Array): Promise<Uint8Array> {
  aprivate(privateKey);
  apublic(publicKey);
  await ready();
  return current().active.p521Ecdh(privateKey, publicKey);
}

/**
 * The key-exchange fan-out (wire-format §7.2 step 4) in one kernel call per packet: for every recipient i,
 * `k_i = HKDF-H(ECDH(privateKey, publicKeys[i]), salt = none, infos[i], 32)`, H = SHA-256 for packet versions 2
 * and 3, SHA-512 for version 4. Every recipient key is validated; invalid ones are reported by index.
 * @param hash - `'sha256'` (v2, v3) or `'sha512'` (v4)
 * @returns one 32-byte key per recipient
 * @throws {@link InvalidKeyError} naming the index of every invalid recipient key (`publicKeys[3]`), or for a bad
 *   private key
 * @throws {@link InvalidArgumentError} for wrong types, lengths, unequal array lengths or info > 1024 bytes
 * @example `const keys = p521.deriveWrapKeys(exchangePriv, ephemeralPubs, infos, 'sha512');`
 */
function deriveWrapKeys(privateKey: Uint8Array, publicKeys: readonly Uint8Array[], infos: readonly Uint8Array[],
                        hash: WrapHash): Uint8Array[] {
  const r = deriveWrapKeysReport(privateKey, publicKeys, infos, hash);
  if (r.invalid.length > 0) {
    throw new InvalidKeyError(`deriveWrapKeys: invalid recipient key${r.invalid.length > 1 ? 's' : ''} ${r.invalid.map((i) => `publicKeys[${i}]`).join(', ')}`);
  }
  return r.keys;
}

/**
 * {@link deriveWrapKeys} without the throw: returns the keys and the indices of invalid recipients (their key is
 * 32 zero bytes), so a caller can drop bad recipients and keep the rest.
 * @throws {@link InvalidArgumentError} as {@link deriveWrapKeys}; {@link InvalidKeyError} for a bad private key
 * @example `const { keys, invalid } = p521.deriveWrapKeysReport(priv, pubs, infos, 'sha256');`
 */
function deriveWrapKeysReport(privateKey: Uint8Array, publicKeys: readonly Uint8Array[], infos: readonly Uint8Array[],
                              hash: WrapHash): FanoutResult {
  aprivate(privateKey);
  if (!Array.isArray(publicKeys)) throw new InvalidArgumentError('"publicKeys" expected an array of Uint8Array');
  if (!Array.isArray(infos)) throw new InvalidArgumentError('"infos" expected an array of Uint8Array');
  if (infos.length !== publicKeys.length) {
    throw new InvalidArgumentError(`"infos" expected ${publicKeys.length} entries (one per public key), got ${infos.length}`);
  }
  publicKeys.forEach((p, i) => abytes(p, `publicKeys[${i}]`, 133, 67));
  infos.forEach((p, i) => abytesRange(p, `infos[${i}]`, 0, P521_INFO_MAX));
  aoneOf(hash, 'hash', ['sha256', 'sha512'] as const);
  if (publicKeys.length === 0) return { keys: [], invalid: [] };
  return current().active.p521Fanout(privateKey, publicKeys, infos, hash);
}

/**
 * P-521 (secp521r1) primitives. Keys: 66-byte big-endian private scalars, SEC 1 public keys (133 uncompressed,
 * 67 compressed accepted). See each member.
 */
export const p521 = Object.freeze({
  randomPrivateKey, getPublicKey, decodePublicKey, ecdh, ecdhAsync, sign, verify, verifyAsync, verifyDigest, deriveWrapKeys,
  deriveWrapKeysReport,
  /** Sizes in bytes. */
  lengths: Object.freeze({ privateKey: 66, publicKey: 133, publicKeyCompressed: 67, sharedSecret: 66, signature: 132, wrapKey: 32 }),
});

/**
 * The reference implementation's P-521 formats (wire-format §3.3–3.4): 134-byte public keys, the 223-byte
 * ECPrivateKey DER, the 143-byte signature container, DER ↔ raw signatures. Strict parsers, typed errors.
 */
export const p521Wire = Object.freeze({
  encodePublicKey: formats.encodePublicKey,
  decodePublicKey: formats.decodePublicKey,
  encodePrivateKey: formats.encodePrivateKey,
  decodePrivateKey: formats.decodePrivateKey,
  encodeSignature: formats.encodeSignature,
  decodeSignature: formats.decodeSignature,
  signatureToDer: formats.signatureToDer,
  signatureFromDer: formats.signatureFromDer,
});
