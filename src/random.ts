// The SDK's only source of randomness: the runtime's CSPRNG (crypto.getRandomValues), which every supported
// runtime provides. getRandomValues fills at most 65 536 bytes per call, so larger requests are chunked.
import { aint } from './bytes.ts';
import { WasmUnavailableError } from './errors.ts';

/**
 * `length` cryptographically secure random bytes.
 * @throws {@link InvalidArgumentError} for a negative or non-integer length
 * @example `const iv = randomBytes(12);`
 */
export function randomBytes(length: number): Uint8Array {
  aint(length, 'length', 0, 2 ** 31 - 1);
  const c = globalThis.crypto;
  if (typeof c?.getRandomValues !== 'function') {
    throw new WasmUnavailableError('this runtime has no crypto.getRandomValues');
  }
  const out = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) c.getRandomValues(out.subarray(at, Math.min(length, at + 65536)));
  return out;
}
