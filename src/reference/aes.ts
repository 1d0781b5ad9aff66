// The AES family of the `reference` engine, on @noble/ciphers (audited, pure JS). Byte-identical to the kernel.
// noble's gcm() accepts IVs of 8 bytes or more; SP 800-38D allows any non-empty IV, so the 1…7-byte case is
// assembled here from noble's AES block (ECB on counter blocks) and GHASH, following SP 800-38D §7.1 literally.
import { ctr as nobleCtr, ecb, gcm } from '@noble/ciphers/aes.js';
import { ghash } from '@noble/ciphers/_polyval.js';
import { equalBytes } from '../bytes.ts';
import { DecryptionFailedError } from '../errors.ts';
import type { AesOps, CtrItem, GcmItem } from '../ops/aes.ts';

const TAG = 16;

/** [a]_64 ‖ [b]_64 of bit lengths. */
function lengthBlock(aBytes: number, bBytes: number): Uint8Array {
  const out = new Uint8Array(16), v = new DataView(out.buffer);
  v.setBigUint64(0, BigInt(aBytes) * 8n, false);
  v.setBigUint64(8, BigInt(bBytes) * 8n, false);
  return out;
}

/** GCM with a 1…7-byte IV: J0 = GHASH_H(IV ‖ 0^s ‖ [0]_64 ‖ [len(IV)]_64); returns [ciphertext, tag]. */
function shortIvGcm(key: Uint8Array, iv: Uint8Array, input: Uint8Array, aad: Uint8Array, decrypt: boolean,
                    tagIn?: Uint8Array): { out: Uint8Array; tag: Uint8Array } {
  // A noble cipher instance encrypts once (its misuse guard), hence one instance per ECB call.
  const block = () => ecb(key, { disablePadding: true });
  const h = block().encrypt(new Uint8Array(16));
  const j0 = ghash.create(h).update(iv).update(lengthBlock(0, iv.length)).digest();
  const blocks = Math.ceil(input.length / 16);
  const counters = new Uint8Array(16 * (blocks + 1)), cv = new DataView(counters.buffer);
  const c0 = new DataView(j0.buffer, j0.byteOffset).getUint32(12, false);
  for (let i = 0; i <= blocks; i++) {
    counters.set(j0.subarray(0, 12), 16 * i);
    cv.setUint32(16 * i + 12, (c0 + i) >>> 0, false); // inc32: the low 32 bits wrap modulo 2^32
  }
  const ks = block().encrypt(counters);
  const ct = decrypt ? input : new Uint8Array(input.length);
  const s = ghash.create(h).update(aad);
  if (decrypt) {
    const tag = s.update(ct).update(lengthBlock(aad.length, ct.length)).digest();
    for (let i = 0; i < 16; i++) tag[i]! ^= ks[i]!;
    if (!equalBytes(tag, tagIn!)) throw new DecryptionFailedError();
    const out = new Uint8Array(input.length);
    for (let i = 0; i < input.length; i++) out[i] = input[i]! ^ ks[16 + i]!;
    return { out, tag };
  }
  for (let i = 0; i < input.length; i++) ct[i] = input[i]! ^ ks[16 + i]!;
  const tag = s.update(ct).update(lengthBlock(aad.length, ct.length)).digest();
  for (let i = 0; i < 16; i++) tag[i]! ^= ks[i]!;
  return { out: ct, tag };
}

function gcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
  if (iv.length >= 8) return gcm(key, iv, aad).encrypt(plaintext);
  const { out, tag } = shortIvGcm(key, iv, plaintext, aad ?? new Uint8Array(0), false);
  const r = new Uint8Array(out.length + TAG);
  r.set(out);
  r.set(tag, out.length);
  return r;
}

function gcmDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
  if (iv.length < 8) {
    const n = data.length - TAG;
    return shortIvGcm(key, iv, data.subarray(0, n), aad ?? new Uint8Array(0), true, data.subarray(n)).out;
  }
  try {
    return gcm(key, iv, aad).decrypt(data);
  } catch {
    throw new DecryptionFailedError(); // noble reports a bad tag as a plain Error
  }
}

export const referenceAesOps: AesOps = {
  gcmEncrypt,
  gcmDecrypt,
  gcmEncryptMany: (items: readonly GcmItem[]) => items.map((it) => gcmEncrypt(it.key, it.iv, it.data, it.aad)),
  gcmDecryptMany(items: readonly GcmItem[]): Uint8Array[] {
    const out: Uint8Array[] = [];
    try {
      for (const it of items) out.push(gcmDecrypt(it.key, it.iv, it.data, it.aad));
    } catch (err) {
      for (const r of out) r.fill(0); // all or nothing, as the kernel
      throw err;
    }
    return out;
  },
  // noble's ctr increments the whole 16-byte block as a big-endian integer, like the protocol's CTR.
  ctr: (key: Uint8Array, iv: Uint8Array, data: Uint8Array) => nobleCtr(key, iv.slice()).encrypt(data),
  ctrMany: (items: readonly CtrItem[]) => items.map((it) => nobleCtr(it.key, it.iv.slice()).encrypt(it.data)),
};
