// The P-521 family on the kernel. Filled in with the P-521 kernel.
import type { P521Ops } from '../ops/p521.ts';
import type { Kernel } from './marshal.ts';

export function wasmP521Ops(_k: Kernel): P521Ops {
  return {};
}
