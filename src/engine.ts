// The engine seam. A CryptoEngine is one complete backend for the synchronous primitives: `wasm` (the kernel,
// the default) or `reference` (@noble, loaded on demand; it takes over automatically where WebAssembly cannot be
// instantiated, e.g. under a CSP without 'wasm-unsafe-eval'). The facade validates every argument before calling
// an engine, so engines may assume well-typed, in-range inputs.
import { getBinding, type KernelVariant } from './binding.ts';
import { aoneOf } from './bytes.ts';
import { EphemeraError, NotReadyError, WasmUnavailableError } from './errors.ts';
import { createWasmEngine } from './wasm/engine.ts';
import { kernelBuild, resolveRoutes, type ResolvedRoutes } from './policy.ts';
import type { AesOps } from './ops/aes.ts';
import type { HashOps } from './ops/hash.ts';
import type { P521Ops } from './ops/p521.ts';

export type { HashName } from './ops/hash.ts';
export type EngineName = 'wasm' | 'reference';
export const ENGINE_NAMES: readonly EngineName[] = ['wasm', 'reference'];

/** One complete backend for the synchronous primitives: every family's operations. */
export interface CryptoEngine extends HashOps, AesOps, P521Ops {
  readonly name: EngineName;
}

export interface EngineState extends ResolvedRoutes {
  readonly active: CryptoEngine;
}

function makeState(active: CryptoEngine, native: boolean): EngineState {
  return { active, ...resolveRoutes(getBinding(), native) };
}

let state: EngineState | undefined;
/** Each kernel build, once instantiated (the preferred one at boot, the other only if asked for). */
const wasmEngines = new Map<KernelVariant, CryptoEngine>();
let preferredKernel: KernelVariant = 'scalar';
let wasmFailure: unknown;
let referenceEngine: Promise<CryptoEngine> | undefined;
let booting: Promise<void> | undefined;

function loadReference(): Promise<CryptoEngine> {
  referenceEngine ??= import('./reference/engine.ts').then((m) => m.createReferenceEngine());
  return referenceEngine;
}

async function boot(): Promise<void> {
  const binding = getBinding();
  try {
    if (!binding) throw new WasmUnavailableError('no runtime binding: import ephemera through its package entry points');
    preferredKernel = kernelBuild(binding); // policy.ts: per runtime, scalar where SIMD128 is not accepted
    const engine = await wasmEngineFor(preferredKernel);
    state = makeState(engine, true);
    return;
  } catch (err) {
    // A kernel built for another ABI is a broken install, not an environment limit: surface it.
    if (EphemeraError.is(err, 'ERR_WASM_ABI_MISMATCH')) throw err;
    wasmFailure = err;
  }
  try {
    state = makeState(await loadReference(), true);
  } catch (err) {
    throw new WasmUnavailableError('neither the WebAssembly kernel nor the reference engine could be loaded',
      { cause: [wasmFailure, err] });
  }
}

async function wasmEngineFor(variant: KernelVariant): Promise<CryptoEngine> {
  let e = wasmEngines.get(variant);
  if (!e) {
    e = createWasmEngine(await getBinding()!.instantiate(variant), variant);
    wasmEngines.set(variant, e);
  }
  return e;
}

/**
 * Resolves once a crypto engine is available: the WebAssembly kernel, or the reference engine where WebAssembly
 * cannot be instantiated. Idempotent: every call returns the same promise.
 *
 * @throws {@link WasmUnavailableError} (rejection) when no engine at all can be loaded.
 * @example
 * ```ts
 * import { ready, sha256 } from 'ephemera/primitives';
 * await ready();
 * sha256(new Uint8Array([1, 2, 3]));
 * ```
 */
export function ready(): Promise<void> {
  booting ??= boot();
  return booting;
}

/**
 * Which backend serves the primitives: `'wasm'` (default) or `'reference'` (@noble).
 * @throws {@link NotReadyError} before {@link ready} has resolved.
 */
export function engine(): EngineName {
  return current().active.name;
}

/**
 * Which build of the kernel serves: `'simd'`, `'scalar'` or `'wide'` (by default the one src/policy.ts measured
 * fastest in this runtime, and `'scalar'` where that build is not accepted); undefined while the reference engine
 * serves.
 * @throws {@link NotReadyError} before {@link ready} has resolved.
 */
export function kernel(): KernelVariant | undefined {
  const active = current().active;
  for (const [variant, e] of wasmEngines) if (e === active) return variant;
  return undefined;
}

/** Options of {@link setEngine}. */
export interface EngineOptions {
  /** Let the runtime policy hand bulk work to native crypto where measured faster (default true). */
  native?: boolean;
  /**
   * Kernel build for `'wasm'` (default: the one chosen at boot). `'simd'` needs a runtime that accepts SIMD128;
   * `'wide'` the Node-condition binding in an engine with wide arithmetic (Bun).
   */
  kernel?: KernelVariant;
}

/**
 * Switch the backend, for benchmarks and differential tests. With `{ native: false }` the engine serves every size
 * itself instead of handing bulk work to the runtime's native crypto where the runtime policy measured that faster.
 *
 * @throws {@link WasmUnavailableError} when `'wasm'` is requested but the kernel could not be instantiated.
 * @throws {@link InvalidArgumentError} for an unknown engine name or kernel build.
 */
export async function setEngine(name: EngineName, options: EngineOptions = {}): Promise<void> {
  aoneOf(name, 'name', ENGINE_NAMES);
  if (options.kernel !== undefined) aoneOf(options.kernel, 'kernel', ['simd', 'scalar', 'wide']);
  await ready();
  if (name === 'wasm' && wasmEngines.size === 0) {
    throw new WasmUnavailableError('the WebAssembly kernel could not be instantiated here', { cause: wasmFailure });
  }
  let active: CryptoEngine;
  if (name === 'wasm') {
    const variant = options.kernel ?? preferredKernel;
    if (variant === 'simd' && !getBinding()!.simd) {
      throw new WasmUnavailableError('this runtime does not accept SIMD128 WebAssembly');
    }
    if (variant === 'wide' && getBinding()!.wide !== true) {
      throw new WasmUnavailableError('the wide kernel build is not available here (it needs the Node-condition binding and an engine with wide arithmetic)');
    }
    active = await wasmEngineFor(variant);
  } else {
    active = await loadReference();
  }
  state = makeState(active, options.native ?? true);
}

/** The engine state for a synchronous primitive; throws ERR_NOT_READY before ready() resolved. */
export function current(): EngineState {
  if (!state) throw new NotReadyError();
  return state;
}
