// Per-runtime routing: the ONE place that decides when an operation leaves the engine for the runtime's native
// crypto. Every threshold here is a measurement (`npm run bench -- --runtime <name>`, groups `*-crossover`): the
// input size from which native code is faster than the kernel *including* its call overhead. Infinity = never.
//
// Two kinds of native code exist:
//  - synchronous native hashing offered by a binding (node:crypto, in Node, Deno and Bun);
//  - WebCrypto, async-only, used by the *Async primitives.
import type { Binding, NativeHashes, RuntimeName } from './binding.ts';

export type RoutedOp = 'digest' | 'hmac' | 'p521Verify';

export interface Routes {
  /** Sync primitives: inputs of at least this many bytes go to the binding's native hashing. */
  readonly nativeSync: Readonly<Record<RoutedOp, number>>;
  /** Async primitives: inputs of at least this many bytes go to WebCrypto. */
  readonly webcrypto: Readonly<Record<RoutedOp, number>>;
}

const NEVER = Infinity;

/** Measured crossovers; README "Speed" lists the runs that produced them. */
// p521Verify: message size from which p521.verifyAsync hands the whole verification to WebCrypto (P-521 ECDSA
// verify: the kernel is faster than WebCrypto in every runtime at every size measured, group `verify`).
export const ROUTES: Readonly<Record<RuntimeName, Routes>> = {
  node: { nativeSync: { digest: 1024, hmac: 1024, p521Verify: NEVER }, webcrypto: { digest: NEVER, hmac: NEVER, p521Verify: NEVER } },
  deno: { nativeSync: { digest: 1024, hmac: 1024, p521Verify: NEVER }, webcrypto: { digest: NEVER, hmac: NEVER, p521Verify: NEVER } },
  bun: { nativeSync: { digest: 1024, hmac: 1024, p521Verify: NEVER }, webcrypto: { digest: NEVER, hmac: NEVER, p521Verify: NEVER } },
  browser: { nativeSync: { digest: NEVER, hmac: NEVER, p521Verify: NEVER }, webcrypto: { digest: 65536, hmac: 65536, p521Verify: NEVER } },
  workerd: { nativeSync: { digest: NEVER, hmac: NEVER, p521Verify: NEVER }, webcrypto: { digest: 65536, hmac: 65536, p521Verify: NEVER } },
};

const NO_ROUTES: Routes = {
  nativeSync: { digest: NEVER, hmac: NEVER, p521Verify: NEVER }, webcrypto: { digest: NEVER, hmac: NEVER, p521Verify: NEVER },
};

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
      nativeSync: binding.native ? table.nativeSync : NO_ROUTES.nativeSync,
      webcrypto: subtle ? table.webcrypto : NO_ROUTES.webcrypto,
    },
    nativeHashes: binding.native,
    subtle,
  };
}
