// The P-521 family of the `reference` engine. Filled in with the P-521 kernel.
import type { P521Ops } from '../ops/p521.ts';

export const referenceP521Ops: P521Ops = {};
