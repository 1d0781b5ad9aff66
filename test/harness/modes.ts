// The three ways every suite runs: the kernel alone, the reference engine alone, and the default path as shipped
// (kernel + the runtime's measured native routes from src/policy.ts). Without the first, Node's routing of bulk
// hashing to node:crypto would hide the kernel's own large-input path from the tests.
import type { EngineName } from '../../src/engine.ts';

export type ModeName = 'wasm' | 'reference' | 'default';

export interface Mode { readonly name: ModeName; readonly engine: EngineName; readonly native: boolean }

export const MODES: readonly Mode[] = [
  { name: 'wasm', engine: 'wasm', native: false },
  { name: 'reference', engine: 'reference', native: false },
  { name: 'default', engine: 'wasm', native: true },
];
