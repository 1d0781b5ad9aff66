// The reference implementation's P-521 key and signature formats (wire-format §3.3–3.4), as strict codecs:
//   public key   0x00 (curve id) ‖ SEC 1 point: 134 bytes uncompressed, 68 compressed (kept as given)
//   private key  SEC 1 ECPrivateKey DER exactly as the reference emits it (223 bytes, named curve + public key)
//   signature    143-byte container: meta (curve << 4 | digest) ‖ pad count ‖ pad × 0x00 ‖ DER ECDSA-Sig-Value
//   DER ↔ raw    ECDSA-Sig-Value ↔ r (66) ‖ s (66)
// Structural damage is DecodeError; a well-formed key with a bad value is InvalidKeyError.
import { abytes, concatBytes } from '../bytes.ts';
import { current } from '../engine.ts';
import { DecodeError, InvalidKeyError } from '../errors.ts';

/** Curve id byte of P-521 in the reference's formats. */
export const P521_CURVE_ID = 0x00;
/** Digest ids of the signature container's low nibble. */
const DIGEST_IDS = { sha256: 1, sha384: 2, sha512: 3 } as const;
export type SignatureHash = keyof typeof DIGEST_IDS;
const SIG_CONTAINER = 143;

// --- minimal strict DER reader ---

export interface Tlv { tag: number; value: Uint8Array; end: number }

/** @internal Strict DER TLV reader (also used by the conformance harness for SPKI). */
export function readTlv(b: Uint8Array, at: number, what: string): Tlv {
  if (at + 2 > b.length) throw new DecodeError(`${what}: truncated`);
  const tag = b[at]!;
  let len = b[at + 1]!, off = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 2 || off + n > b.length) throw new DecodeError(`${what}: bad length`);
    len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | b[off + i]!;
    if (b[off] === 0 || len < 0x80) throw new DecodeError(`${what}: non-minimal length`);
    off += n;
  }
  if (off + len > b.length) throw new DecodeError(`${what}: truncated`);
  return { tag, value: b.subarray(off, off + len), end: off + len };
}

function derLength(n: number): number[] {
  return n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
}

function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = concatBytes(...parts);
  return concatBytes(Uint8Array.of(tag, ...derLength(body.length)), body);
}

/** A positive DER INTEGER's value as 66 big-endian bytes (strict: minimal, non-negative, < 2^528). */
function integer66(v: Uint8Array, what: string): Uint8Array {
  if (v.length === 0) throw new DecodeError(`${what}: empty INTEGER`);
  if (v[0]! & 0x80) throw new DecodeError(`${what}: negative INTEGER`);
  if (v.length > 1 && v[0] === 0 && !(v[1]! & 0x80)) throw new DecodeError(`${what}: non-minimal INTEGER`);
  const digits = v[0] === 0 && v.length > 1 ? v.subarray(1) : v;
  if (digits.length > 66) throw new DecodeError(`${what}: INTEGER larger than 66 bytes`);
  const out = new Uint8Array(66);
  out.set(digits, 66 - digits.length);
  return out;
}

function derInteger(x: Uint8Array): Uint8Array {
  let i = 0;
  while (i < x.length - 1 && x[i] === 0) i++;
  const digits = x.subarray(i);
  return der(0x02, digits[0]! & 0x80 ? concatBytes(Uint8Array.of(0), digits) : digits);
}

// --- signatures ---

/**
 * DER `ECDSA-Sig-Value` (SEQUENCE of two INTEGERs) → raw r ‖ s (132 bytes). Strict DER: minimal lengths and
 * integers, no trailing bytes; integers may not exceed 66 bytes (range against n is verify's job).
 * @throws {@link DecodeError} for malformed DER
 * @example `const raw = p521Wire.signatureFromDer(der);`
 */
export function signatureFromDer(sig: Uint8Array): Uint8Array {
  abytes(sig, 'signature');
  const seq = readTlv(sig, 0, 'signature');
  if (seq.tag !== 0x30 || seq.end !== sig.length) throw new DecodeError('signature: expected one DER SEQUENCE');
  const r = readTlv(seq.value, 0, 'signature r');
  const s = readTlv(seq.value, r.end, 'signature s');
  if (r.tag !== 0x02 || s.tag !== 0x02 || s.end !== seq.value.length) throw new DecodeError('signature: expected SEQUENCE { INTEGER r, INTEGER s }');
  return concatBytes(integer66(r.value, 'signature r'), integer66(s.value, 'signature s'));
}

/**
 * Raw r ‖ s (132 bytes) → DER `ECDSA-Sig-Value`, as the reference converts it.
 * @throws {@link InvalidArgumentError} unless `signature` is 132 bytes
 * @example `const der = p521Wire.signatureToDer(p521.sign(key, msg));`
 */
export function signatureToDer(signature: Uint8Array): Uint8Array {
  abytes(signature, 'signature', 132);
  return der(0x30, derInteger(signature.subarray(0, 66)), derInteger(signature.subarray(66)));
}

/**
 * Raw r ‖ s → the reference's 143-byte signature container (meta, pad count, zero padding, DER).
 * @param hash - the digest the signature was made with (`'sha512'` for every protocol signature)
 * @throws {@link InvalidArgumentError} unless `signature` is 132 bytes
 * @example `const sig143 = p521Wire.encodeSignature(p521.sign(nodeKey, content));`
 */
export function encodeSignature(signature: Uint8Array, hash: SignatureHash = 'sha512'): Uint8Array {
  const d = signatureToDer(signature);
  const out = new Uint8Array(SIG_CONTAINER);
  out[0] = (P521_CURVE_ID << 4) | DIGEST_IDS[hash];
  out[1] = SIG_CONTAINER - 2 - d.length;
  out.set(d, 2 + out[1]);
  return out;
}

/**
 * Parse a signature container (wire-format §3.4): curve nibble 0 (P-521), digest nibble 1/2/3, zero padding, then
 * strict DER up to the end.
 * @returns the digest the signature uses and the raw r ‖ s
 * @throws {@link DecodeError} for an unknown curve or digest, bad padding or malformed DER
 * @example `const { hash, signature } = p521Wire.decodeSignature(sig143);`
 */
export function decodeSignature(container: Uint8Array): { hash: SignatureHash; signature: Uint8Array } {
  abytes(container, 'container');
  if (container.length < 3) throw new DecodeError('signature container: too short');
  const curve = container[0]! >> 4, digest = container[0]! & 15;
  if (curve !== P521_CURVE_ID) throw new DecodeError(`signature container: unknown curve id ${curve}`);
  const hash = (Object.keys(DIGEST_IDS) as SignatureHash[]).find((h) => DIGEST_IDS[h] === digest);
  if (!hash) throw new DecodeError(`signature container: unknown digest id ${digest}`);
  const pad = container[1]!;
  if (container.length <= 2 + pad) throw new DecodeError('signature container: padding exceeds the container');
  for (let i = 2; i < 2 + pad; i++) if (container[i] !== 0) throw new DecodeError('signature container: non-zero padding');
  return { hash, signature: signatureFromDer(container.subarray(2 + pad)) };
}

// --- public keys ---

/**
 * SEC 1 point (133 uncompressed or 67 compressed) → the reference's public key bytes, 0x00 ‖ point (134 or 68).
 * @throws {@link InvalidKeyError} when the point is not valid; {@link InvalidArgumentError} for a wrong length
 * @example `const pub134 = p521Wire.encodePublicKey(p521.getPublicKey(priv));`
 */
export function encodePublicKey(publicKey: Uint8Array): Uint8Array {
  abytes(publicKey, 'publicKey', 133, 67);
  current().active.p521DecodePublicKey(publicKey);
  return concatBytes(Uint8Array.of(P521_CURVE_ID), publicKey);
}

/**
 * The reference's public key bytes → SEC 1 point, validated. A compressed key (68 bytes) stays compressed, as the
 * reference keeps it; use `p521.decodePublicKey` semantics (ecdh/verify accept both forms).
 * @throws {@link DecodeError} for a wrong length or an unknown curve id; {@link InvalidKeyError} for a bad point
 * @example `const sec1 = p521Wire.decodePublicKey(pub134);`
 */
export function decodePublicKey(bytes: Uint8Array): Uint8Array {
  abytes(bytes, 'publicKey');
  if (bytes.length !== 134 && bytes.length !== 68) throw new DecodeError(`public key: expected 134 or 68 bytes, got ${bytes.length}`);
  if (bytes[0] !== P521_CURVE_ID) throw new DecodeError(`public key: unknown curve id ${bytes[0]}`);
  const point = bytes.slice(1);
  if ((point[0] === 0x04) !== (point.length === 133)) throw new DecodeError('public key: point tag does not match its length');
  current().active.p521DecodePublicKey(point);
  return point;
}

// --- private keys ---

const OID_SECP521R1 = Uint8Array.of(0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23);

/**
 * 66-byte scalar → SEC 1 `ECPrivateKey` DER exactly as the reference emits it (223 bytes: version 1, the scalar
 * left-padded to 66 bytes, [0] secp521r1, [1] the uncompressed public key).
 * @throws {@link InvalidKeyError} for a scalar outside [1, n − 1]
 * @example `const der = p521Wire.encodePrivateKey(priv);`
 */
export function encodePrivateKey(privateKey: Uint8Array): Uint8Array {
  abytes(privateKey, 'privateKey', 66);
  const pub = current().active.p521GetPublicKey(privateKey);
  return der(0x30, Uint8Array.of(0x02, 0x01, 0x01), der(0x04, privateKey), der(0xa0, OID_SECP521R1),
    der(0xa1, der(0x03, Uint8Array.of(0), pub)));
}

/**
 * SEC 1 `ECPrivateKey` DER → 66-byte scalar. Accepts the optional [0] parameters (must name secp521r1) and [1]
 * public key (must be the scalar's own), and a scalar of 1…66 bytes.
 * @throws {@link DecodeError} for malformed DER or another curve; {@link InvalidKeyError} for a bad scalar or a
 *   public key that does not belong to it
 * @example `const priv = p521Wire.decodePrivateKey(der);`
 */
export function decodePrivateKey(bytes: Uint8Array): Uint8Array {
  abytes(bytes, 'privateKey');
  const seq = readTlv(bytes, 0, 'ECPrivateKey');
  if (seq.tag !== 0x30 || seq.end !== bytes.length) throw new DecodeError('ECPrivateKey: expected one DER SEQUENCE');
  const b = seq.value;
  const version = readTlv(b, 0, 'ECPrivateKey version');
  if (version.tag !== 0x02 || version.value.length !== 1 || version.value[0] !== 1) throw new DecodeError('ECPrivateKey: version must be 1');
  const key = readTlv(b, version.end, 'ECPrivateKey privateKey');
  if (key.tag !== 0x04 || key.value.length === 0 || key.value.length > 66) throw new DecodeError('ECPrivateKey: privateKey must be an OCTET STRING of 1…66 bytes');
  const d = new Uint8Array(66);
  d.set(key.value, 66 - key.value.length);
  let at = key.end, pub: Uint8Array | undefined;
  if (at < b.length && b[at] === 0xa0) {
    const params = readTlv(b, at, 'ECPrivateKey parameters');
    if (params.value.length !== OID_SECP521R1.length || params.value.some((x, i) => x !== OID_SECP521R1[i])) {
      throw new DecodeError('ECPrivateKey: parameters do not name secp521r1');
    }
    at = params.end;
  }
  if (at < b.length && b[at] === 0xa1) {
    const outer = readTlv(b, at, 'ECPrivateKey publicKey');
    const bits = readTlv(outer.value, 0, 'ECPrivateKey publicKey');
    if (bits.tag !== 0x03 || bits.end !== outer.value.length || bits.value[0] !== 0) throw new DecodeError('ECPrivateKey: malformed publicKey BIT STRING');
    pub = bits.value.subarray(1);
    at = outer.end;
  }
  if (at !== b.length) throw new DecodeError('ECPrivateKey: unexpected trailing fields');
  const own = current().active.p521GetPublicKey(d); // InvalidKeyError for a scalar outside [1, n − 1]
  if (pub) {
    const given = current().active.p521DecodePublicKey(pub);
    if (given.some((x, i) => x !== own[i])) throw new InvalidKeyError('ECPrivateKey: the public key does not belong to the private key');
  }
  return d;
}
