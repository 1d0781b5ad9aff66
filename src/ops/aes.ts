// The AES family's engine operations: AES-256-GCM (NIST SP 800-38D, 128-bit tag) and AES-256-CTR with a 128-bit
// big-endian counter (SP 800-38A; wire-format.md §3.2). The facade (src/primitives/aes.ts) validates every argument
// first: keys are 32 bytes, GCM IVs non-empty, CTR IVs 16 bytes, GCM inputs to decrypt at least 16 bytes.

/** One AES-256-GCM message of a batch. `data` is the plaintext (encrypt) or ciphertext ‖ tag (decrypt). */
export interface GcmItem {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
  readonly aad?: Uint8Array;
}

/** One AES-256-CTR operation of a batch (e.g. one recipient's key wrap). `iv` is the 16-byte counter block. */
export interface CtrItem {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
}

export interface AesOps {
  /** ciphertext ‖ tag (plaintext.length + 16 bytes). */
  gcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array | undefined): Uint8Array;
  /** The plaintext; throws DecryptionFailedError (and computes no plaintext) when the tag does not verify. */
  gcmDecrypt(key: Uint8Array, iv: Uint8Array, ciphertextAndTag: Uint8Array, aad: Uint8Array | undefined): Uint8Array;
  /** gcmEncrypt for every item, in order, in as few kernel calls as fit. */
  gcmEncryptMany(items: readonly GcmItem[]): Uint8Array[];
  /** gcmDecrypt for every item; all or nothing: one failed tag throws DecryptionFailedError and releases nothing. */
  gcmDecryptMany(items: readonly GcmItem[]): Uint8Array[];
  /** data ⊕ AES-256-CTR keystream starting at counter block `iv` (encryption and decryption alike). */
  ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array;
  /** ctr for every item, in order. */
  ctrMany(items: readonly CtrItem[]): Uint8Array[];
}
