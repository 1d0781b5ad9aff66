/// <reference types="node" />
// Synchronous native hashing from node:crypto (OpenSSL in Node, BoringSSL in Bun, Rust in Deno). policy.ts sends
// bulk inputs here where it was measured faster than the kernel. Outputs are copied into plain Uint8Arrays so no
// pooled Buffer escapes.
import { createHash, createHmac } from 'node:crypto';
import type { NativeHashes } from '../src/binding.ts';

export const nodeNative: NativeHashes = {
  digest: (hash, data) => new Uint8Array(createHash(hash).update(data).digest()),
  hmac: (hash, key, data) => new Uint8Array(createHmac(hash, key).update(data).digest()),
};
