// The hash family of the `reference` engine, on @noble/hashes (audited, pure JS).
import { expand, hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { HashName, HashOps } from '../ops/hash.ts';

const HASH = { sha256, sha512 } as const;

export const referenceHashOps: HashOps = {
  digest: (hash: HashName, data: Uint8Array) => HASH[hash](data),
  hmac: (hash: HashName, key: Uint8Array, data: Uint8Array) => hmac(HASH[hash], key, data),
  hkdf: (hash: HashName, ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array | undefined, length: number) =>
    hkdf(HASH[hash], ikm, salt, info, length),
  hkdfExpand: (hash: HashName, prk: Uint8Array, info: Uint8Array | undefined, length: number) =>
    expand(HASH[hash], prk, info, length),
  hashIdentifiers(ids: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[] {
    return ids.map((id) => {
      let h = id;
      for (let r = 0; r < rounds; r++) h = sha256.create().update(h).update(salt).digest();
      return h;
    });
  },
};
