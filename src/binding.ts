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
}

export interface Binding {
  readonly runtime: RuntimeName;
  /** Instantiate the kernel, always asynchronously (Chromium refuses large synchronous compiles). */
  instantiate(): Promise<WebAssembly.Instance>;
  readonly native?: NativeHashes;
}

let binding: Binding | undefined;

/** Called once by the binding module at import time. The first binding wins. */
export function configure(b: Binding): void {
  binding ??= b;
}

export function getBinding(): Binding | undefined {
  return binding;
}
