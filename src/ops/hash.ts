// The hash family's engine operations (SHA-2, HMAC, HKDF, identifier hashing). Inputs are validated by the
// facade (src/primitives/*.ts) before any of these is called.
export type HashName = 'sha256' | 'sha512';

export interface HashOps {
  digest(hash: HashName, data: Uint8Array): Uint8Array;
  hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Uint8Array;
  hkdf(hash: HashName, ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array | undefined, length: number): Uint8Array;
  /** RFC 5869 §2.3 expand only, `prk` used as given. */
  hkdfExpand(hash: HashName, prk: Uint8Array, info: Uint8Array | undefined, length: number): Uint8Array;
  /** h0 = id, h_i = SHA-256(h_{i-1} ‖ salt), i = 1…rounds, for every id. */
  hashIdentifiers(ids: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[];
}
