// Salted multi-round identifier hashing (spec/api.md): h0 = identifier, h_i = SHA-256(h_{i-1} ‖ salt),
// i = 1 … rounds, result h_rounds. The protocol layer applies it before any identifier leaves the device.
import { abytes, abytesRange, aint } from '../bytes.ts';
import { current } from '../engine.ts';
import { InvalidArgumentError } from '../errors.ts';

function route(ids: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[] {
  const s = current();
  return rounds >= s.routes.nativeSync.identifier
    ? s.nativeHashes!.hashIdentifiers(ids, salt, rounds) : s.active.hashIdentifiers(ids, salt, rounds);
}

/** Largest accepted salt (bytes); equals the kernel's SALT_MAX. */
export const IDENTIFIER_SALT_MAX = 16384;
/** Largest accepted round count: bounds the work one call can demand (≈ seconds, never a hang). */
export const IDENTIFIER_ROUNDS_MAX = 16_777_216;

/**
 * Hash one identifier with `rounds` rounds of salted SHA-256. Synchronous; call after `await ready()`.
 * @param identifier - any bytes (e.g. a UTF-8 username)
 * @param salt - 0 … 16384 bytes
 * @param rounds - 1 … 16 777 216
 * @returns 32 bytes
 * @throws {@link InvalidArgumentError} for non-Uint8Array input, a salt too long or rounds out of range
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const h = hashIdentifier(utf8('alice'), appSalt, 1000);`
 */
export function hashIdentifier(identifier: Uint8Array, salt: Uint8Array, rounds: number): Uint8Array {
  abytes(identifier, 'identifier');
  abytesRange(salt, 'salt', 0, IDENTIFIER_SALT_MAX);
  aint(rounds, 'rounds', 1, IDENTIFIER_ROUNDS_MAX);
  return route([identifier], salt, rounds)[0]!;
}

/**
 * Hash many identifiers with the same salt and rounds in one kernel call (chunked only when the batch exceeds the
 * kernel's 256 KiB IO window). Results are in input order.
 * @throws {@link InvalidArgumentError} naming the first bad element (`identifiers[3]`)
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const hs = hashIdentifiers(contacts.map(utf8), appSalt, 1000);`
 */
export function hashIdentifiers(identifiers: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[] {
  if (!Array.isArray(identifiers)) throw new InvalidArgumentError('"identifiers" expected an array of Uint8Array');
  identifiers.forEach((id, i) => abytes(id, `identifiers[${i}]`));
  abytesRange(salt, 'salt', 0, IDENTIFIER_SALT_MAX);
  aint(rounds, 'rounds', 1, IDENTIFIER_ROUNDS_MAX);
  return identifiers.length === 0 ? [] : route(identifiers, salt, rounds);
}
