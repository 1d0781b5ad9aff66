// Validates an instantiated kernel against the ABI this facade was written for (assembly/abi.ts) and exposes its
// exports with types. The kernel is instantiated once per realm by the binding; nothing here compiles WebAssembly.
// Each primitive family declares its own exports in ./abi/<family>.ts.
import { WasmAbiMismatchError } from '../errors.ts';
import { AES_FUNCTIONS, AES_GLOBALS, type AesExports } from './abi/aes.ts';
import { HASH_FUNCTIONS, HASH_GLOBALS, type HashExports } from './abi/hash.ts';
import { P521_FUNCTIONS, P521_GLOBALS, type P521Exports } from './abi/p521.ts';

/** assembly/abi.ts ABI_VERSION this facade speaks. */
export const EXPECTED_ABI_VERSION = 1;

interface CoreExports {
  readonly memory: WebAssembly.Memory;
  readonly ABI_VERSION: WebAssembly.Global;
  readonly IO_PTR: WebAssembly.Global;
  readonly IO_SIZE: WebAssembly.Global;
  /** Zero every private kernel region (used after a trap). */
  wipe_all(): void;
}

/** The kernel's export surface. Pointers and lengths are byte offsets into `memory`. */
export type KernelExports = CoreExports & HashExports & AesExports & P521Exports;

const FUNCTIONS: readonly string[] = ['wipe_all', ...HASH_FUNCTIONS, ...AES_FUNCTIONS, ...P521_FUNCTIONS];
const GLOBALS: readonly string[] = ['ABI_VERSION', 'IO_PTR', 'IO_SIZE', ...HASH_GLOBALS, ...AES_GLOBALS, ...P521_GLOBALS];

/** Check that `instance` is the kernel this facade expects. */
export function kernelExports(instance: WebAssembly.Instance): KernelExports {
  const x = instance.exports as Record<string, unknown>;
  const version = (x.ABI_VERSION as WebAssembly.Global | undefined)?.value;
  if (version !== EXPECTED_ABI_VERSION) {
    throw new WasmAbiMismatchError(`kernel ABI ${String(version)} does not match facade ABI ${EXPECTED_ABI_VERSION}`);
  }
  const missing = [...FUNCTIONS.filter((f) => typeof x[f] !== 'function'),
    ...GLOBALS.filter((g) => !(x[g] instanceof WebAssembly.Global))];
  if (!(x.memory instanceof WebAssembly.Memory)) missing.push('memory');
  if (missing.length > 0) throw new WasmAbiMismatchError(`kernel lacks exports: ${missing.join(', ')}`);
  return x as unknown as KernelExports;
}
