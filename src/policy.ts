// Per-runtime routing: the ONE place that decides when an operation leaves the engine for the runtime's native
// crypto. Every threshold here is a measurement (`npm run bench -- --runtime <name>`, groups `*-crossover`): the
// input size from which native code is faster than the kernel *including* its call overhead. Infinity = never.
//
// Two kinds of native code exist:
//  - synchronous native hashing offered by a binding (node:crypto, in Node, Deno and Bun);
//  - WebCrypto, async-only, used by the *Async primitives.
import type { Binding, NativeHashes, RuntimeName } from './binding.ts';

export type RoutedOp = 'digest' | 'hmac';

export interface Routes {
  /** Sync primitives: inputs of at least this many bytes go to the binding's native hashing. */
  readonly nativeSync: Readonly<Record<RoutedOp, number>>;
  /** Async primitives: inputs of at least this many bytes go to WebCrypto. */
  readonly webcrypto: Readonly<Record<RoutedOp, number>>;
  /**
   * Async primitives while other async primitives are in flight: inputs of at least this many bytes go to
   * WebCrypto, whose worker threads then hash them in parallel (one awaited call alone is faster inline).
   */
  readonly webcryptoConcurrent: Readonly<Record<RoutedOp, number>>;
}

const NEVER = Infinity;

/**
 * Measured crossovers (`npm run bench -- --runtime all --filter crossover`, 2026-11-23, AMD EPYC 2 vCPU; sizes
 * 32 B…256 KiB in powers of two, kernel alone vs node:crypto vs one awaited WebCrypto call). Where the winner
 * changes between two measured sizes, the threshold is the larger one.
 *  - Node 20 (OpenSSL, SHA-NI): kernel wins SHA-256 up to 256 B, HMAC up to 128 B.
 *  - Deno 2.9: kernel wins SHA-256 up to 128 B (tie at 256 B); its node:crypto HMAC is slow, kernel wins to ~1 KiB.
 *  - Bun 1.4 (BoringSSL): native wins at every size, for both.
 *  - Chromium 156: no sync native; WebCrypto (awaited) ties the kernel at 1 KiB for SHA-256 and wins above; HMAC
 *    from 4 KiB (2 KiB untested, kernel still ahead at 1 KiB).
 *  - workerd: WebCrypto ties at 512 B (SHA-256) and 1 KiB (HMAC) and wins above.
 *  In Node, Deno and Bun one awaited WebCrypto call never beats the synchronous native route, so a lone async call
 *  takes the sync path there. With four calls in flight, WebCrypto's thread pool overtakes sequential native
 *  hashing from 256 KiB in Node and Bun (2 cores); in Deno it never did up to 256 KiB.
 */
export const ROUTES: Readonly<Record<RuntimeName, Routes>> = {
  node: { nativeSync: { digest: 512, hmac: 256 }, webcrypto: { digest: NEVER, hmac: NEVER },
    webcryptoConcurrent: { digest: 262144, hmac: 262144 } },
  deno: { nativeSync: { digest: 256, hmac: 1024 }, webcrypto: { digest: NEVER, hmac: NEVER },
    webcryptoConcurrent: { digest: NEVER, hmac: NEVER } },
  bun: { nativeSync: { digest: 0, hmac: 0 }, webcrypto: { digest: NEVER, hmac: NEVER },
    webcryptoConcurrent: { digest: 262144, hmac: 262144 } },
  browser: { nativeSync: { digest: NEVER, hmac: NEVER }, webcrypto: { digest: 1024, hmac: 4096 },
    webcryptoConcurrent: { digest: 1024, hmac: 4096 } },
  workerd: { nativeSync: { digest: NEVER, hmac: NEVER }, webcrypto: { digest: 1024, hmac: 1024 },
    webcryptoConcurrent: { digest: 1024, hmac: 1024 } },
};

const NEVER_OPS = { digest: NEVER, hmac: NEVER } as const;
const NO_ROUTES: Routes = { nativeSync: NEVER_OPS, webcrypto: NEVER_OPS, webcryptoConcurrent: NEVER_OPS };

/** The routes in force: resolved once per engine switch, so the hot path reads two fields. */
export interface ResolvedRoutes {
  readonly routes: Routes;
  readonly nativeHashes?: NativeHashes;
  readonly subtle?: SubtleCrypto;
}

export function resolveRoutes(binding: Binding | undefined, native: boolean): ResolvedRoutes {
  if (!binding || !native) return { routes: NO_ROUTES };
  const table = ROUTES[binding.runtime];
  const subtle = globalThis.crypto?.subtle;
  return {
    routes: {
      nativeSync: binding.native ? table.nativeSync : NEVER_OPS,
      webcrypto: subtle ? table.webcrypto : NEVER_OPS,
      webcryptoConcurrent: subtle ? table.webcryptoConcurrent : NEVER_OPS,
    },
    nativeHashes: binding.native,
    subtle,
  };
}

// Async primitives in flight right now (all kinds): the concurrency signal for `webcryptoConcurrent`.
let inFlight = 0;

/**
 * Run an async primitive: `native` when policy sends an input of `size` bytes for `op` to WebCrypto (alone, or
 * because other async calls are in flight), else `inline`. Awaits readiness itself.
 */
export async function routeAsync<T>(op: RoutedOp, size: number, ready: () => Promise<void>,
                                    state: () => { routes: Routes; subtle?: SubtleCrypto },
                                    native: (subtle: SubtleCrypto) => Promise<T>, inline: () => T): Promise<T> {
  inFlight++;
  try {
    await ready();
    const { routes, subtle } = state();
    const offload = size >= routes.webcrypto[op] || (inFlight > 1 && size >= routes.webcryptoConcurrent[op]);
    return offload ? await native(subtle!) : inline();
  } finally {
    inFlight--;
  }
}
