// The ways the suites run: the kernel alone (its SIMD build, which every test runtime accepts), the reference
// engine alone, the default path as shipped (kernel + the runtime's measured native routes from src/policy.ts),
// and the scalar kernel build. Without `wasm`, Node's routing of bulk work to node:crypto would hide the kernel's
// own large-input paths. The two builds differ only in the AES core, GHASH and the P-521 field multiply, so only the
// suites of those families opt in to run as `scalar` too.
import type { KernelVariant } from '../../src/binding.ts';
import type { EngineName } from '../../src/engine.ts';

export type ModeName = 'wasm' | 'reference' | 'default' | 'scalar';

export interface Mode {
  readonly name: ModeName;
  readonly engine: EngineName;
  readonly native: boolean;
  readonly kernel?: KernelVariant;
}

export const MODES: readonly Mode[] = [
  { name: 'wasm', engine: 'wasm', native: false, kernel: 'simd' },
  { name: 'reference', engine: 'reference', native: false },
  { name: 'default', engine: 'wasm', native: true },
  { name: 'scalar', engine: 'wasm', native: false, kernel: 'scalar' },
];

/** Modes a suite runs in when it does not list its own. */
export const DEFAULT_MODES: readonly ModeName[] = ['wasm', 'reference', 'default'];

export function runsIn(suite: { modes?: readonly ModeName[] }, mode: ModeName): boolean {
  return (suite.modes ?? DEFAULT_MODES).includes(mode);
}
