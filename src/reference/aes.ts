// The AES family of the `reference` engine. Filled in with the AES kernel.
import type { AesOps } from '../ops/aes.ts';

export const referenceAesOps: AesOps = {};
