/**
 * `ephemera/testing`: hooks for the SDK's own tests and for auditors. Not for production code: nothing here is
 * needed to use the SDK, and its shape may change in any release.
 * @module
 */
import { getBinding } from './binding.ts';
import { activeKernel } from './wasm/engine.ts';

/**
 * A live view of the instantiated kernel's whole linear memory (undefined when the kernel is not loaded).
 * Used to check that no key material or input is left behind after an operation.
 */
export function kernelMemory(): Uint8Array | undefined {
  return activeKernel?.mem;
}

/**
 * A copy of a freshly instantiated kernel's memory: the state "nothing was ever computed" (static constants
 * and zeros). After any operation the live memory must equal it byte for byte.
 */
export async function pristineKernelMemory(): Promise<Uint8Array> {
  const binding = getBinding();
  if (!binding) throw new Error('no runtime binding');
  const instance = await binding.instantiate();
  return new Uint8Array((instance.exports.memory as WebAssembly.Memory).buffer).slice();
}
