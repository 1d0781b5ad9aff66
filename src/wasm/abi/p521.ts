// Kernel exports of the P-521 family (assembly/p521/exports.ts).
type Fn<R = void> = (...args: number[]) => R;

export interface P521Exports {
  readonly P521_STATUS_BAD_PRIVATE: WebAssembly.Global;
  readonly P521_STATUS_BAD_PUBLIC: WebAssembly.Global;
  readonly P521_EXTRA_MAX: WebAssembly.Global;
  p521_private_valid: Fn<number>;
  p521_get_public_key: Fn<number>;
  p521_public_decode: Fn<number>;
  p521_ecdh: Fn<number>;
  p521_sign: Fn<number>;
  p521_verify: Fn<number>;
  p521_fanout: Fn<number>;
  p521_wipe_all: Fn;
}

export const P521_FUNCTIONS = ['p521_private_valid', 'p521_get_public_key', 'p521_public_decode', 'p521_ecdh',
  'p521_sign', 'p521_verify', 'p521_fanout', 'p521_wipe_all'] as const;
export const P521_GLOBALS = ['P521_STATUS_BAD_PRIVATE', 'P521_STATUS_BAD_PUBLIC', 'P521_EXTRA_MAX'] as const;
