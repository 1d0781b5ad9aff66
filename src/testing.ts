/**
 * `ephemera/testing`: hooks for the SDK's own tests and for auditors. Not for production code: nothing here is
 * needed to use the SDK, and its shape may change in any release.
 * @module
 */
import { getBinding } from './binding.ts';
import { current } from './engine.ts';
import { kernels } from './wasm/engine.ts';

/**
 * A live view of the active kernel's whole linear memory (undefined while the reference engine serves).
 * Used to check that no key material or input is left behind after an operation.
 */
export function kernelMemory(): Uint8Array | undefined {
  return kernels.get(current().active)?.kernel.mem;
}

/**
 * A copy of a freshly instantiated kernel's memory (same build as the active one): the state "nothing was ever
 * computed" (static constants and zeros). After any operation the live memory must equal it byte for byte.
 */
export async function pristineKernelMemory(): Promise<Uint8Array> {
  const binding = getBinding();
  const entry = kernels.get(current().active);
  if (!binding || !entry) throw new Error('no WebAssembly kernel is active');
  const instance = await binding.instantiate(entry.variant);
  return new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer).slice();
}
