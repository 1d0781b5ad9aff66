// The AES family on the kernel. Filled in with the AES kernel.
import type { AesOps } from '../ops/aes.ts';
import type { Kernel } from './marshal.ts';

export function wasmAesOps(_k: Kernel): AesOps {
  return {};
}
