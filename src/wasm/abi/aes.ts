// Kernel exports of the AES family (assembly/aes/exports.ts). Pointers and lengths are byte offsets into memory;
// i32 results are assembly/abi.ts STATUS_* codes. Batch table layouts are documented in assembly/aes/exports.ts.
type Fn<R = void> = (...args: number[]) => R;

export interface AesExports {
  /** (key, iv, ivLen, aad, aadLen, src, len, dst) → status; dst receives ciphertext ‖ tag. */
  aes_gcm_seal: Fn<number>;
  /** (key, iv, ivLen, aad, aadLen, src, len, dst) → status; src holds ciphertext (len) ‖ tag. */
  aes_gcm_open: Fn<number>;
  aes_gcm_init: Fn<number>;
  aes_gcm_aad: Fn<number>;
  aes_gcm_encrypt: Fn<number>;
  aes_gcm_tag: Fn<number>;
  aes_gcm_auth: Fn<number>;
  aes_gcm_verify: Fn<number>;
  aes_gcm_decrypt: Fn<number>;
  aes_gcm_wipe: Fn;
  aes_gcm_seal_batch: Fn<number>;
  aes_gcm_open_batch: Fn<number>;
  /** (key, iv, src, len, dst). */
  aes_ctr: Fn;
  aes_ctr_init: Fn;
  aes_ctr_update: Fn;
  aes_ctr_wipe: Fn;
  aes_ctr_batch: Fn;
}

export const AES_FUNCTIONS = ['aes_gcm_seal', 'aes_gcm_open', 'aes_gcm_init', 'aes_gcm_aad', 'aes_gcm_encrypt',
  'aes_gcm_tag', 'aes_gcm_auth', 'aes_gcm_verify', 'aes_gcm_decrypt', 'aes_gcm_wipe', 'aes_gcm_seal_batch',
  'aes_gcm_open_batch', 'aes_ctr', 'aes_ctr_init', 'aes_ctr_update', 'aes_ctr_wipe', 'aes_ctr_batch'] as const;
export const AES_GLOBALS = [] as const;
