// Per-runtime routing: the ONE place that decides when an operation leaves the engine for the runtime's native
// crypto. Every threshold here is a measurement (`npm run bench -- --runtime <name> --filter crossover`): the
// input size from which native code is faster than the kernel *including* its call overhead. Infinity = never.
//
// Two kinds of native code exist:
//  - synchronous native hashing and AES offered by a binding (node:crypto, in Node, Deno and Bun);
//  - WebCrypto, async-only, used by the *Async primitives (which also take the sync routes; where sync native code
//    beats one awaited WebCrypto call, the WebCrypto threshold is simply NEVER).
// GCM is routed only for 12-byte IVs (every protocol path); other IV lengths always stay on the engine. AES-CTR has
// no async form: only its sync route exists.
import type { Binding, KernelVariant, NativeAes, NativeHashes, RuntimeName } from './binding.ts';

/** Operations that may leave the engine. Sizes: input bytes; `hkdf` the ikm bytes; `identifier` the round count. */
export type RoutedOp = 'digest' | 'hmac' | 'hkdf' | 'identifier' | 'gcm' | 'ctr' | 'p521Verify';
type Thresholds = Readonly<Record<RoutedOp, number>>;

export interface Routes {
  /** Sync primitives: inputs of at least this many bytes go to the binding's native code. */
  readonly nativeSync: Thresholds;
  /** Async primitives: inputs of at least this many bytes go to WebCrypto. */
  readonly webcrypto: Thresholds;
  /**
   * Async primitives while other async primitives are in flight: inputs of at least this many bytes go to
   * WebCrypto, whose worker threads then process them in parallel (one awaited call alone is faster inline).
   */
  readonly webcryptoConcurrent: Thresholds;
}

const NEVER = Infinity;

/**
 * Measured crossovers, 2026-11-23, AMD EPYC 2 vCPU; where the winner changes between two measured sizes the
 * threshold is the larger one.
 *
 * SHA-256 / HMAC (`--filter crossover`, 32 B … 256 KiB, kernel alone vs node:crypto vs one awaited WebCrypto call):
 *  - Node 20 (OpenSSL, SHA-NI): kernel wins SHA-256 up to 256 B, HMAC up to 128 B.
 *  - Deno 2.9: kernel wins SHA-256 up to 128 B (tie at 256 B); its node:crypto HMAC is slow, kernel wins to ~1 KiB.
 *  - Bun 1.4 (BoringSSL): native wins at every size, for both.
 *  - Chromium 156: no sync native; WebCrypto ties the kernel at 1 KiB for SHA-256 and wins above; HMAC from 4 KiB.
 *  - workerd: WebCrypto ties at 512 B (SHA-256) and 1 KiB (HMAC) and wins above.
 *  With four calls in flight, WebCrypto's thread pool overtakes sequential native hashing from 256 KiB in Node and
 *  Bun; in Deno it never did up to 256 KiB.
 * HKDF-SHA-256 → 32 B and salted SHA-256 ×1000 (`--filter hkdf`, `--filter salted`): the kernel is 3–4× Node's
 *  node:crypto and faster than Deno's, but Bun's BoringSSL `hkdfSync` is 2.8× the kernel and its createHash loop
 *  ~1.1× the kernel's salted loop, so Bun routes both.
 * AES-256-GCM (`--filter gcm-crossover`): kernel ≈ node:crypto at ~200 B in Node and ~600 B in Deno; Bun's
 *  node:crypto beats the kernel at every size; Deno's WebCrypto (~360 MB/s) overtakes its node:crypto (~125 MB/s)
 *  near 5.4 KB; Chromium's WebCrypto overtakes the kernel near 600 B and workerd's near 310 B. In Node and Bun the
 *  sync native route beats one awaited WebCrypto call at every size; four concurrent 1 MiB calls favour WebCrypto.
 * AES-256-CTR (`--filter ctr-wrap`, the 33-byte key wrap): the kernel is 1.4–1.9× node:crypto in Node and Deno;
 *  Bun's node:crypto is ~3× the kernel.
 * P-521 ECDSA verify (`--filter p521-verify`; `p521Verify` is the message size from which p521.verifyAsync hands the
 *  whole verification to WebCrypto): the kernel verifies 1.4–2.2× faster than WebCrypto in Deno, Bun, Chromium and
 *  workerd, awaited or batched, and faster than node:crypto in Node, so it is never routed. (ECDH is never routed
 *  either: WebCrypto cannot take a raw scalar, and the kernel is 1.5–2.3× faster in every runtime.)
 */
export const ROUTES: Readonly<Record<RuntimeName, Routes>> = {
  node: {
    nativeSync: { digest: 512, hmac: 256, hkdf: NEVER, identifier: NEVER, gcm: 256, ctr: NEVER, p521Verify: NEVER },
    webcrypto: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: NEVER, ctr: NEVER, p521Verify: NEVER },
    webcryptoConcurrent: { digest: 262144, hmac: 262144, hkdf: NEVER, identifier: NEVER, gcm: 262144, ctr: NEVER, p521Verify: NEVER },
  },
  deno: {
    nativeSync: { digest: 256, hmac: 1024, hkdf: NEVER, identifier: NEVER, gcm: 512, ctr: NEVER, p521Verify: NEVER },
    webcrypto: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: 6144, ctr: NEVER, p521Verify: NEVER },
    webcryptoConcurrent: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: 6144, ctr: NEVER, p521Verify: NEVER },
  },
  bun: {
    nativeSync: { digest: 0, hmac: 0, hkdf: 0, identifier: 0, gcm: 0, ctr: 0, p521Verify: NEVER },
    webcrypto: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: NEVER, ctr: NEVER, p521Verify: NEVER },
    webcryptoConcurrent: { digest: 262144, hmac: 262144, hkdf: NEVER, identifier: NEVER, gcm: 262144, ctr: NEVER, p521Verify: NEVER },
  },
  browser: {
    nativeSync: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: NEVER, ctr: NEVER, p521Verify: NEVER },
    webcrypto: { digest: 1024, hmac: 4096, hkdf: NEVER, identifier: NEVER, gcm: 512, ctr: NEVER, p521Verify: NEVER },
    webcryptoConcurrent: { digest: 1024, hmac: 4096, hkdf: NEVER, identifier: NEVER, gcm: 512, ctr: NEVER, p521Verify: NEVER },
  },
  workerd: {
    nativeSync: { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: NEVER, ctr: NEVER, p521Verify: NEVER },
    webcrypto: { digest: 1024, hmac: 1024, hkdf: NEVER, identifier: NEVER, gcm: 384, ctr: NEVER, p521Verify: NEVER },
    webcryptoConcurrent: { digest: 1024, hmac: 1024, hkdf: NEVER, identifier: NEVER, gcm: 384, ctr: NEVER, p521Verify: NEVER },
  },
};

/**
 * The kernel build the engine boots with where the runtime accepts it (elsewhere always `scalar`); all builds give
 * identical results. The SIMD build runs AES on SIMD128 planes and multiplies P-521 field elements with
 * i64x2.extmul (assembly/p521/field-mul.ts); the wide build multiplies and squares them on i64.mul_wide_u
 * (scripts/gen/p521-wide.mjs), which only Bun's engine accepts among the test runtimes (and only the Node-condition
 * binding carries). Measured 2026-11-23, AMD EPYC 2 vCPU, the builds interleaved in one process
 * (`setEngine('wasm', { kernel })`):
 *  - V8 (Node 20, Deno 2.9, Chromium, workerd): the SIMD build does ECDH ~1.4× faster (Node: 2.05 k/s against
 *    1.45 k/s, SIMD multiply, square and linear field operations) and bulk AES-GCM ~2.3× faster (237 vs 101 MB/s).
 *  - Bun 1.4 (JavaScriptCore): the SIMD field code compiles badly, so ECDH runs at 0.73× the scalar build's speed
 *    (970/s against 1 330/s); Bun sends all AES to node:crypto (ROUTES above), so the SIMD AES core gains nothing
 *    there. The wide build does ECDH 1.37× faster than the scalar build (1.81 k/s against 1.32 k/s, best of six
 *    interleaved rounds): Bun boots the wide build, and the scalar one where wide arithmetic is refused.
 */
export const KERNEL_BUILD: Readonly<Record<RuntimeName, KernelVariant>> = {
  node: 'simd', deno: 'simd', bun: 'wide', browser: 'simd', workerd: 'simd',
};

/** The build to boot with: KERNEL_BUILD's choice where the runtime accepts it, else the scalar build. */
export function kernelBuild(binding: Binding): KernelVariant {
  const want = KERNEL_BUILD[binding.runtime];
  return (want === 'simd' && binding.simd) || (want === 'wide' && binding.wide === true) ? want : 'scalar';
}

const NEVER_OPS: Thresholds = { digest: NEVER, hmac: NEVER, hkdf: NEVER, identifier: NEVER, gcm: NEVER, ctr: NEVER, p521Verify: NEVER };
const NO_ROUTES: Routes = { nativeSync: NEVER_OPS, webcrypto: NEVER_OPS, webcryptoConcurrent: NEVER_OPS };

/** The routes in force: resolved once per engine switch, so the hot path reads two fields. */
export interface ResolvedRoutes {
  readonly routes: Routes;
  readonly nativeHashes?: NativeHashes;
  readonly nativeAes?: NativeAes;
  readonly subtle?: SubtleCrypto;
}

export function resolveRoutes(binding: Binding | undefined, native: boolean): ResolvedRoutes {
  if (!binding || !native) return { routes: NO_ROUTES };
  const table = ROUTES[binding.runtime];
  const subtle = globalThis.crypto?.subtle;
  const sync = table.nativeSync;
  return {
    routes: {
      nativeSync: {
        digest: binding.native ? sync.digest : NEVER, hmac: binding.native ? sync.hmac : NEVER,
        hkdf: binding.native ? sync.hkdf : NEVER, identifier: binding.native ? sync.identifier : NEVER,
        gcm: binding.nativeAes ? sync.gcm : NEVER, ctr: binding.nativeAes ? sync.ctr : NEVER, p521Verify: NEVER,
      },
      webcrypto: subtle ? table.webcrypto : NEVER_OPS,
      webcryptoConcurrent: subtle ? table.webcryptoConcurrent : NEVER_OPS,
    },
    nativeHashes: binding.native,
    nativeAes: binding.nativeAes,
    subtle,
  };
}

// Async primitives in flight right now (all kinds): the concurrency signal for `webcryptoConcurrent`.
let inFlight = 0;

/**
 * Run an async primitive: `native` when policy sends an input of `size` bytes for `op` to WebCrypto (alone, or
 * because other async calls are in flight), else `inline`. Awaits readiness itself. A negative size never routes.
 */
export async function routeAsync<T>(op: RoutedOp, size: number, ready: () => Promise<void>,
                                    state: () => { routes: Routes; subtle?: SubtleCrypto },
                                    native: (subtle: SubtleCrypto) => Promise<T>, inline: () => T): Promise<T> {
  inFlight++;
  try {
    await ready();
    const { routes, subtle } = state();
    const offload = size >= 0 &&
      (size >= routes.webcrypto[op] || (inFlight > 1 && size >= routes.webcryptoConcurrent[op]));
    return offload ? await native(subtle!) : inline();
  } finally {
    inFlight--;
  }
}
