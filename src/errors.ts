/**
 * Typed errors. Every failure the SDK reports on bad input is an {@link EphemeraError} with a stable string `code`;
 * nothing else is thrown (no RangeError from deep inside, no raw WebAssembly trap).
 *
 * @example
 * ```ts
 * try { aesGcm.decrypt(key, iv, data) } catch (e) {
 *   if (EphemeraError.is(e, 'ERR_DECRYPTION_FAILED')) dropMessage();
 * }
 * ```
 * @module
 */

/** Every code the SDK can report. Codes are stable across versions; messages are not. */
export type EphemeraErrorCode =
  | 'ERR_INVALID_ARGUMENT'
  | 'ERR_NOT_READY'
  | 'ERR_DECODE'
  | 'ERR_UNSUPPORTED_VERSION'
  | 'ERR_INVALID_KEY'
  | 'ERR_SIGNATURE_INVALID'
  | 'ERR_DECRYPTION_FAILED'
  | 'ERR_NOT_A_RECIPIENT'
  | 'ERR_EPHEMERAL_KEY_NOT_FOUND'
  | 'ERR_IDENTITY_CHANGED'
  | 'ERR_EXPIRED'
  | 'ERR_STORE'
  | 'ERR_RELAY'
  | 'ERR_REPLAY'
  | 'ERR_WASM_UNAVAILABLE'
  | 'ERR_WASM_ABI_MISMATCH'
  | 'ERR_WASM_TRAP';

// A registry-wide brand, so `EphemeraError.is` also recognises errors from a second copy of the package
// (two bundles, two realms) where `instanceof` would fail.
const BRAND = Symbol.for('ephemera.error');

/** Base class of every error the SDK throws. Narrow with {@link EphemeraError.is}. */
export class EphemeraError extends Error {
  /** Stable machine-readable reason. */
  readonly code: EphemeraErrorCode;

  constructor(code: EphemeraErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Type guard: `err` is an EphemeraError, and has `code` when one is given.
   * @example `if (EphemeraError.is(err, 'ERR_INVALID_KEY')) …`
   */
  static is<C extends EphemeraErrorCode>(err: unknown, code?: C): err is EphemeraError & { code: C } {
    if (typeof err !== 'object' || err === null || !(BRAND in err)) return false;
    return code === undefined || (err as unknown as EphemeraError).code === code;
  }
}

/** A caller passed a value of the wrong type, length or range. Thrown before any cryptographic work. */
export class InvalidArgumentError extends EphemeraError {
  constructor(message: string) { super('ERR_INVALID_ARGUMENT', message); }
}
/** A synchronous primitive was called before `await ready()` resolved. */
export class NotReadyError extends EphemeraError {
  constructor(message = 'ephemera is not ready: await ready() before calling synchronous primitives') {
    super('ERR_NOT_READY', message);
  }
}
/** Structurally malformed bytes, found before any secret is used. */
export class DecodeError extends EphemeraError {
  constructor(message: string) { super('ERR_DECODE', message); }
}
/** A well-formed object of a version this SDK does not implement. */
export class UnsupportedVersionError extends EphemeraError {
  constructor(message: string) { super('ERR_UNSUPPORTED_VERSION', message); }
}
/** A key is malformed, off the curve, the point at infinity or out of range. */
export class InvalidKeyError extends EphemeraError {
  constructor(message: string) { super('ERR_INVALID_KEY', message); }
}
/** A signature that must be valid is not. */
export class SignatureInvalidError extends EphemeraError {
  constructor(message = 'signature verification failed') { super('ERR_SIGNATURE_INVALID', message); }
}
/**
 * Decryption failed. Deliberately opaque: the message never says which check failed (tag, key, padding,
 * recipient), so it cannot serve as an oracle.
 */
export class DecryptionFailedError extends EphemeraError {
  constructor() { super('ERR_DECRYPTION_FAILED', 'decryption operation failed'); }
}
/** The packet holds no key exchange for this receiver. */
export class NotARecipientError extends EphemeraError {
  constructor(message = 'not a recipient of this packet') { super('ERR_NOT_A_RECIPIENT', message); }
}
/** The ephemeral key a packet names is not (or no longer) in the store. */
export class EphemeralKeyNotFoundError extends EphemeraError {
  constructor(message = 'ephemeral key not found') { super('ERR_EPHEMERAL_KEY_NOT_FOUND', message); }
}
/** A known peer presented a different identity key. */
export class IdentityChangedError extends EphemeraError {
  constructor(message = 'identity key changed') { super('ERR_IDENTITY_CHANGED', message); }
}
/** The message's time to live has passed. */
export class ExpiredError extends EphemeraError {
  constructor(message = 'expired') { super('ERR_EXPIRED', message); }
}
/** A storage backend failed; nothing already stored was lost. */
export class StoreError extends EphemeraError {
  constructor(message: string, options?: { cause?: unknown }) { super('ERR_STORE', message, options); }
}
/** The relay answered with an error or could not be reached. */
export class RelayError extends EphemeraError {
  constructor(message: string, options?: { cause?: unknown }) { super('ERR_RELAY', message, options); }
}
/** A stream or transport packet was seen before. */
export class ReplayError extends EphemeraError {
  constructor(message = 'replayed packet') { super('ERR_REPLAY', message); }
}
/** Neither the WebAssembly kernel nor the reference engine could be loaded. */
export class WasmUnavailableError extends EphemeraError {
  constructor(message: string, options?: { cause?: unknown }) { super('ERR_WASM_UNAVAILABLE', message, options); }
}
/** The loaded .wasm was built for a different ABI than this facade. */
export class WasmAbiMismatchError extends EphemeraError {
  constructor(message: string) { super('ERR_WASM_ABI_MISMATCH', message); }
}
/** The kernel trapped; its scratch memory was wiped before this was thrown. */
export class WasmTrapError extends EphemeraError {
  constructor(options?: { cause?: unknown }) { super('ERR_WASM_TRAP', 'the WebAssembly kernel trapped', options); }
}
