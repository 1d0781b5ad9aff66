/// <reference types="node" />
// Synchronous native hashing from node:crypto (OpenSSL in Node, BoringSSL in Bun, Rust in Deno). policy.ts sends
// bulk inputs here where it was measured faster than the kernel. Outputs are copied into plain Uint8Arrays so no
// pooled Buffer escapes.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync } from 'node:crypto';
import type { NativeAes, NativeHashes } from '../src/binding.ts';

const EMPTY = new Uint8Array(0);

export const nodeNative: NativeHashes = {
  digest: (hash, data) => new Uint8Array(createHash(hash).update(data).digest()),
  hmac: (hash, key, data) => new Uint8Array(createHmac(hash, key).update(data).digest()),
  // hkdfSync returns a fresh ArrayBuffer of exactly `length` bytes.
  hkdf: (hash, ikm, salt, info, length) => new Uint8Array(hkdfSync(hash, ikm, salt ?? EMPTY, info ?? EMPTY, length)),
  hashIdentifiers: (ids, salt, rounds) => ids.map((id) => {
    let h: Uint8Array = id;
    for (let r = 0; r < rounds; r++) h = createHash('sha256').update(h).update(salt).digest();
    return new Uint8Array(h);
  }),
};

// AES-256-GCM for the bulk route, and AES-256-CTR (OpenSSL's and BoringSSL's CTR increment the whole 16-byte block).
// GCM decryption: update() yields plaintext before final() checks the tag; that buffer never leaves this function
// unless the tag verified, and is zeroed otherwise.
export const nodeNativeAes: NativeAes = {
  // The output is copied out of node's Buffer (which may be a slice of a shared pool); the Buffer holds exactly the
  // bytes returned, so it is left to the collector.
  ctr: (key, iv, data) => new Uint8Array(createCipheriv('aes-256-ctr', key, iv).update(data)),
  gcmEncrypt(key, iv, plaintext, aad) {
    const c = createCipheriv('aes-256-gcm', key, iv);
    if (aad) c.setAAD(aad);
    const out = new Uint8Array(plaintext.length + 16);
    const body = c.update(plaintext);
    out.set(body);
    out.set(c.final(), body.length);
    out.set(c.getAuthTag(), plaintext.length);
    return out;
  },
  gcmDecrypt(key, iv, data, aad) {
    const n = data.length - 16;
    const d = createDecipheriv('aes-256-gcm', key, iv);
    if (aad) d.setAAD(aad);
    d.setAuthTag(data.subarray(n));
    const body = d.update(data.subarray(0, n));
    try {
      d.final();
    } catch {
      body.fill(0);
      return undefined;
    }
    const out = new Uint8Array(body);
    body.fill(0);
    return out;
  },
};
