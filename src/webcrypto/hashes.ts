// Async hashing on WebCrypto, used by the *Async primitives when policy.ts measured it faster for the input size.
import type { HashName } from '../engine.ts';

const NAME = { sha256: 'SHA-256', sha512: 'SHA-512' } as const;

// WebCrypto's typings want ArrayBuffer-backed views; every Uint8Array the SDK accepts works at run time.
const source = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export async function webcryptoDigest(subtle: SubtleCrypto, hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest(NAME[hash], source(data)));
}

export async function webcryptoHmac(subtle: SubtleCrypto, hash: HashName, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await subtle.importKey('raw', source(key), { name: 'HMAC', hash: NAME[hash] }, false, ['sign']);
  return new Uint8Array(await subtle.sign('HMAC', k, source(data)));
}
