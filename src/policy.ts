// Per-runtime routing: the ONE place that decides when an operation leaves the engine for the runtime's native
// crypto. Every threshold here is a measurement (`npm run bench -- --runtime <name>`, groups `*-crossover`): the
// input size from which native code is faster than the kernel *including* its call overhead. Infinity = never.
//
// Two kinds of native code exist:
//  - synchronous native hashing and AES-256-GCM offered by a binding (node:crypto, in Node, Deno and Bun);
//  - WebCrypto, async-only, used by the *Async primitives. (The async primitives also take the sync routes, so in
//    a runtime whose sync native code beats WebCrypto the WebCrypto threshold is simply NEVER.)
// GCM is routed only for 12-byte IVs (every protocol path); other IV lengths always stay on the engine. AES-CTR has
// no async form; only its sync route exists (webcrypto.ctr is NEVER everywhere).
import type { Binding, NativeAes, NativeHashes, RuntimeName } from './binding.ts';

export type RoutedOp = 'digest' | 'hmac' | 'gcm' | 'ctr';

export interface Routes {
  /** Sync primitives: inputs of at least this many bytes go to the binding's native hashing. */
  readonly nativeSync: Readonly<Record<RoutedOp, number>>;
  /** Async primitives: inputs of at least this many bytes go to WebCrypto. */
  readonly webcrypto: Readonly<Record<RoutedOp, number>>;
}

const NEVER = Infinity;

/**
 * Measured crossovers; README "Speed" lists the runs that produced them. GCM (bench groups gcm-crossover-*, run
 * 2026-11-23 on the 2-vCPU EPYC): kernel ≈ node:crypto at ~200 B in Node and ~600 B in Deno; Bun's node:crypto
 * (BoringSSL) beats the kernel at every size; Deno's WebCrypto (~360 MB/s) overtakes its node:crypto (~125 MB/s)
 * near 5.4 KB; Chromium's WebCrypto overtakes the kernel near 600 B and workerd's near 310 B. In Node and Bun the
 * sync native route beats WebCrypto at every size, so the async path never uses WebCrypto there. CTR (ctr-wrap-*
 * groups, the 33-byte key wrap): the kernel is 1.4–1.9× node:crypto in Node and Deno, Bun's node:crypto ~3× the
 * kernel.
 */
export const ROUTES: Readonly<Record<RuntimeName, Routes>> = {
  node: { nativeSync: { digest: 1024, hmac: 1024, gcm: 256, ctr: NEVER },
    webcrypto: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER } },
  deno: { nativeSync: { digest: 1024, hmac: 1024, gcm: 512, ctr: NEVER },
    webcrypto: { digest: NEVER, hmac: NEVER, gcm: 6144, ctr: NEVER } },
  bun: { nativeSync: { digest: 1024, hmac: 1024, gcm: 0, ctr: 0 },
    webcrypto: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER } },
  browser: { nativeSync: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER },
    webcrypto: { digest: 65536, hmac: 65536, gcm: 512, ctr: NEVER } },
  workerd: { nativeSync: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER },
    webcrypto: { digest: 65536, hmac: 65536, gcm: 384, ctr: NEVER } },
};

const NO_ROUTES: Routes = {
  nativeSync: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER },
  webcrypto: { digest: NEVER, hmac: NEVER, gcm: NEVER, ctr: NEVER },
};

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
  const hashes = binding.native ? table.nativeSync : NO_ROUTES.nativeSync;
  return {
    routes: {
      nativeSync: { ...hashes, gcm: binding.nativeAes ? table.nativeSync.gcm : NEVER,
        ctr: binding.nativeAes ? table.nativeSync.ctr : NEVER },
      webcrypto: subtle ? table.webcrypto : NO_ROUTES.webcrypto,
    },
    nativeHashes: binding.native,
    nativeAes: binding.nativeAes,
    subtle,
  };
}
