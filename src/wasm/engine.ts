// The `wasm` engine: every family's operations over one validated kernel instance.
import type { KernelVariant } from '../binding.ts';
import type { CryptoEngine } from '../engine.ts';
import { wasmAesOps } from './aes.ts';
import { wasmHashOps } from './hash.ts';
import { kernelExports } from './instance.ts';
import { Kernel } from './marshal.ts';
import { wasmP521Ops } from './p521.ts';

/** The kernel instance behind each `wasm` engine (for ephemera/testing's memory inspection). */
export const kernels = new Map<CryptoEngine, { kernel: Kernel; variant: KernelVariant }>();

/** Wrap an instantiated kernel build (checked against the expected ABI) as a `wasm` engine. */
export function createWasmEngine(instance: WebAssembly.Instance, variant: KernelVariant): CryptoEngine {
  const k = new Kernel(kernelExports(instance));
  const hash = wasmHashOps(k);
  const engine: CryptoEngine = { name: 'wasm', ...hash, ...wasmAesOps(k), ...wasmP521Ops(k, hash.digest) };
  kernels.set(engine, { kernel: k, variant });
  return engine;
}
