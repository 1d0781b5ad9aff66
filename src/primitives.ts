/**
 * `ephemera/primitives`: the cryptographic primitives, synchronous after `await ready()`.
 * Bytes in, bytes out; every bad argument is an {@link EphemeraError} with code `ERR_INVALID_ARGUMENT`.
 * @module
 */
export { ready, engine, kernel, setEngine, type EngineName, type EngineOptions, type HashName } from './engine.ts';
export type { KernelVariant } from './binding.ts';
export { sha256, sha512, sha256Async, sha512Async } from './primitives/hash.ts';
export { hmac, hmacAsync, hkdf, hkdfExpand } from './primitives/mac.ts';
export { hashIdentifier, hashIdentifiers, IDENTIFIER_ROUNDS_MAX, IDENTIFIER_SALT_MAX } from './primitives/identifier.ts';
export * from './primitives/aes.ts';
export * from './primitives/p521.ts';
export { randomBytes } from './random.ts';
export * from './errors.ts';
