// How a runtime binding (bindings/*.ts) hands its runtime-specific parts to the shared core. The bindings are the
// only files that know how WebAssembly is obtained (embedded bytes, or a precompiled module on workerd) and the
// only ones that may import runtime modules such as node:crypto.
import type { HashName } from './engine.ts';

/** Runtimes with a measured routing profile in policy.ts. */
export type RuntimeName = 'node' | 'deno' | 'bun' | 'browser' | 'workerd';

/** Synchronous native hashing a binding may offer (node:crypto in Node, Deno and Bun). */
export interface NativeHashes {
  digest(hash: HashName, data: Uint8Array): Uint8Array;
  hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Uint8Array;
  /** RFC 5869 extract + expand; callers route here only with info ≤ 1024 bytes (node:crypto's limit). */
  hkdf(hash: HashName, ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array | undefined, length: number): Uint8Array;
  /** h0 = id, h_i = SHA-256(h_{i-1} ‖ salt), i = 1…rounds, for every id. */
  hashIdentifiers(ids: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[];
}

/**
 * Synchronous native AES-256 a binding may offer (node:crypto in Node, Deno and Bun), used where policy.ts measured it
 * faster than the kernel. GCM is called with 32-byte keys and 12-byte IVs only.
 */
export interface NativeAes {
  /** AES-256-CTR with the whole 16-byte `iv` as a 128-bit big-endian counter. */
  ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array;
  /** ciphertext ‖ tag. */
  gcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array | undefined): Uint8Array;
  /** The plaintext, or undefined when the tag does not verify (any partial output already wiped). */
  gcmDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, aad: Uint8Array | undefined): Uint8Array | undefined;
}

/**
 * The builds of the kernel: same exports and results. `simd` runs the AES core, GHASH and the P-521 multiply on
 * SIMD128; `wide` is the scalar build with the P-521 multiply and square on the wide-arithmetic proposal's
 * i64.mul_wide_u (engines that enable it: Bun's JavaScriptCore).
 */
export type KernelVariant = 'simd' | 'scalar' | 'wide';

export interface Binding {
  readonly runtime: RuntimeName;
  /** Instantiate one build of the kernel, always asynchronously (Chromium refuses large synchronous compiles). */
  instantiate(variant: KernelVariant): Promise<WebAssembly.Instance>;
  /** Whether this runtime accepts SIMD128 (so the `simd` build may be loaded; policy.ts picks the default build). */
  readonly simd: boolean;
  /** Whether this binding carries the `wide` build and the runtime accepts wide arithmetic (i64.mul_wide_u). */
  readonly wide?: boolean;
  readonly native?: NativeHashes;
  readonly nativeAes?: NativeAes;
}

let binding: Binding | undefined;

/** Called once by the binding module at import time. The first binding wins. */
export function configure(b: Binding): void {
  binding ??= b;
}

export function getBinding(): Binding | undefined {
  return binding;
}
