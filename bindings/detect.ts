// Which runtime the default binding is running in, for the routing profile in src/policy.ts.
// Runtime sniffing is allowed only under bindings/. Deno and Bun also define process.versions.node, so they are
// checked first.
import type { RuntimeName } from '../src/binding.ts';

export function detectRuntime(): RuntimeName {
  const g = globalThis as { Deno?: { version?: { deno?: unknown } }; Bun?: { version?: unknown };
    process?: { versions?: { node?: unknown } } };
  if (typeof g.Deno?.version?.deno === 'string') return 'deno';
  if (typeof g.Bun?.version === 'string') return 'bun';
  if (typeof g.process?.versions?.node === 'string') return 'node';
  return 'browser';
}
