// The `wasm` engine: every family's operations over one validated kernel instance.
import type { CryptoEngine } from '../engine.ts';
import { wasmAesOps } from './aes.ts';
import { wasmHashOps } from './hash.ts';
import { kernelExports } from './instance.ts';
import { Kernel } from './marshal.ts';
import { wasmP521Ops } from './p521.ts';

/** The kernel instance behind the `wasm` engine (for ephemera/testing's memory inspection). */
export let activeKernel: Kernel | undefined;

/** Wrap an instantiated kernel (checked against the expected ABI) as the `wasm` engine. */
export function createWasmEngine(instance: WebAssembly.Instance): CryptoEngine {
  const k = new Kernel(kernelExports(instance));
  activeKernel = k;
  const hash = wasmHashOps(k);
  return { name: 'wasm', ...hash, ...wasmAesOps(k), ...wasmP521Ops(k, hash.digest) };
}
