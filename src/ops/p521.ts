// The P-521 family's engine operations (keys, ECDH, ECDSA-SHA-512, the key-exchange fan-out). The facade
// (src/primitives/p521.ts) checks types and lengths first; engines check key *values* (range, on-curve) and throw
// InvalidKeyError, identically in every engine.
export type WrapHash = 'sha256' | 'sha512';

export interface FanoutResult {
  /** One 32-byte key per recipient, in input order; a zero-filled array where the recipient's key was invalid. */
  readonly keys: Uint8Array[];
  /** Indices of recipients whose public key is invalid (empty when all are valid). */
  readonly invalid: number[];
}

export interface P521Ops {
  /** True when the 66-byte big-endian scalar is in [1, n − 1]. */
  p521PrivateValid(privateKey: Uint8Array): boolean;
  /** 133-byte uncompressed public key. Throws InvalidKeyError for an out-of-range scalar. */
  p521GetPublicKey(privateKey: Uint8Array): Uint8Array;
  /** Validate a SEC 1 point (133 or 67 bytes) and return it uncompressed. Throws InvalidKeyError. */
  p521DecodePublicKey(publicKey: Uint8Array): Uint8Array;
  /** 66-byte x(d·Q). Throws InvalidKeyError for a bad scalar or point. */
  p521Ecdh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  /** 132-byte r ‖ s over SHA-512(message); `extra` (0…128 bytes) hedges the RFC 6979 nonce. */
  p521Sign(privateKey: Uint8Array, message: Uint8Array, extra: Uint8Array): Uint8Array;
  /** Verify r ‖ s (132 bytes) over SHA-512(message). Throws InvalidKeyError for a bad public key. */
  p521Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
  /** Verify r ‖ s over a given digest of 32, 48 or 64 bytes (bits2int of the digest, no hashing). */
  p521VerifyDigest(publicKey: Uint8Array, digest: Uint8Array, signature: Uint8Array): boolean;
  /** N × (ECDH → HKDF-H(ss, no salt, info_i, 32)). Throws InvalidKeyError for a bad private key only. */
  p521Fanout(privateKey: Uint8Array, publicKeys: readonly Uint8Array[], infos: readonly Uint8Array[], hash: WrapHash): FanoutResult;
}
