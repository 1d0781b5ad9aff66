// The `reference` engine: the CryptoEngine contract on @noble (audited, pure JS). It is loaded on demand —
// automatically where WebAssembly cannot be instantiated, or through setEngine('reference') for differential
// tests and benchmarks — and must give byte-identical results to the kernel.
import type { CryptoEngine } from '../engine.ts';
import { referenceAesOps } from './aes.ts';
import { referenceHashOps } from './hash.ts';
import { referenceP521Ops } from './p521.ts';

export function createReferenceEngine(): CryptoEngine {
  return { name: 'reference', ...referenceHashOps, ...referenceAesOps, ...referenceP521Ops };
}
