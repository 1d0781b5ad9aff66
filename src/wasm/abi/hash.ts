// Kernel exports of the hash family (assembly/index.ts). `alg`: 0 = SHA-256, 1 = SHA-512.
type Fn<R = void> = (...args: number[]) => R;

export interface HashExports {
  readonly SALT_MAX: WebAssembly.Global;
  hash_oneshot: Fn;
  hash_init: Fn;
  hash_update: Fn;
  hash_final: Fn;
  hmac_oneshot: Fn;
  hmac_init: Fn;
  hmac_update: Fn;
  hmac_final: Fn;
  hkdf: Fn<number>;
  hkdf_expand: Fn<number>;
  salted_hash: Fn<number>;
  salted_hash_batch: Fn<number>;
}

export const HASH_FUNCTIONS = ['hash_oneshot', 'hash_init', 'hash_update', 'hash_final', 'hmac_oneshot', 'hmac_init',
  'hmac_update', 'hmac_final', 'hkdf', 'hkdf_expand', 'salted_hash', 'salted_hash_batch'] as const;
export const HASH_GLOBALS = ['SALT_MAX'] as const;
