// AES-256-GCM (NIST SP 800-38D) and AES-256-CTR with a 128-bit counter (SP 800-38A; wire-format.md §3.2), plus the
// reference implementation's cipher-result layout (wire-format.md §3.2: id ‖ iv ‖ tag ‖ ciphertext).
//
// The kernel's AES is bitsliced and its GHASH uses masked integer multiplies: no table lookup and no branch depends
// on key or data (assembly/aes/*.ts). Bulk GCM may be handed to the runtime's native code where src/policy.ts
// measured it faster; every path returns the same bytes.
import { abytes, abytesRange, aoptionalBytes, concatBytes } from '../bytes.ts';
import { current, ready } from '../engine.ts';
import { routeAsync } from '../policy.ts';
import { DecodeError, DecryptionFailedError, InvalidArgumentError } from '../errors.ts';
import type { CtrItem, GcmItem } from '../ops/aes.ts';
import { randomBytes } from '../random.ts';
import { webcryptoGcmDecrypt, webcryptoGcmEncrypt } from '../webcrypto/aes.ts';

const KEY = 32;
const TAG = 16;
/** Longest GCM IV accepted (bytes). SP 800-38D allows far more; no protocol or test suite comes near this. */
export const AES_GCM_IV_MAX = 65536;
/** SP 800-38D §5.2.1.1: at most 2^39 − 256 bits of plaintext per message. */
const GCM_TEXT_MAX = 2 ** 36 - 32;

// --- Validation ---

function checkGcm(key: unknown, iv: unknown, aad: unknown, prefix = ''): void {
  abytes(key, `${prefix}key`, KEY);
  abytesRange(iv, `${prefix}iv`, 1, AES_GCM_IV_MAX);
  aoptionalBytes(aad, `${prefix}aad`);
}

function checkPlaintext(value: unknown, name: string): asserts value is Uint8Array {
  abytesRange(value, name, 0, GCM_TEXT_MAX);
}

function checkSealed(value: unknown, name: string): asserts value is Uint8Array {
  abytes(value, name);
  if (value.length < TAG) {
    throw new InvalidArgumentError(`"${name}" expected at least ${TAG} bytes (ciphertext ‖ tag), got length=${value.length}`);
  }
  if (value.length - TAG > GCM_TEXT_MAX) throw new InvalidArgumentError(`"${name}" is longer than GCM allows`);
}

function checkArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(`"${name}" expected an array`);
}

// --- Routing (policy.ts): sync native code for bulk inputs where measured faster, else the active engine ---

function encryptSync(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
  const s = current();
  return iv.length === 12 && plaintext.length >= s.routes.nativeSync.gcm
    ? s.nativeAes!.gcmEncrypt(key, iv, plaintext, aad) : s.active.gcmEncrypt(key, iv, plaintext, aad);
}

function decryptSync(key: Uint8Array, iv: Uint8Array, data: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
  const s = current();
  if (iv.length === 12 && data.length - TAG >= s.routes.nativeSync.gcm) {
    const out = s.nativeAes!.gcmDecrypt(key, iv, data, aad);
    if (!out) throw new DecryptionFailedError();
    return out;
  }
  return s.active.gcmDecrypt(key, iv, data, aad);
}

function ctrSync(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const s = current();
  return data.length >= s.routes.nativeSync.ctr ? s.nativeAes!.ctr(key, iv, data) : s.active.ctr(key, iv, data);
}

/** One message of {@link aesGcm.encryptMany}. */
export interface AesGcmSealItem {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly plaintext: Uint8Array;
  readonly aad?: Uint8Array;
}

/** One message of {@link aesGcm.decryptMany}. */
export interface AesGcmOpenItem {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  /** ciphertext ‖ 16-byte tag, as {@link aesGcm.encrypt} returns it. */
  readonly ciphertext: Uint8Array;
  readonly aad?: Uint8Array;
}

/** One operation of {@link aesCtrMany}. */
export interface AesCtrItem {
  readonly key: Uint8Array;
  /** The full 16-byte initial counter block. */
  readonly iv: Uint8Array;
  readonly data: Uint8Array;
}

/**
 * AES-256-GCM with a 128-bit tag (NIST SP 800-38D). Synchronous after `await ready()`; the `*Async` methods await it
 * themselves and may use WebCrypto for large inputs where that is faster. Output layout is WebCrypto's:
 * ciphertext ‖ tag. Never reuse an IV under the same key.
 */
export const aesGcm = Object.freeze({
  keyLength: KEY,
  /** The normal IV length; any length from 1 to {@link AES_GCM_IV_MAX} bytes is accepted. */
  nonceLength: 12,
  tagLength: TAG,

  /**
   * Encrypt and authenticate.
   * @param key - 32 bytes
   * @param iv - 12 bytes normally; 1 … 65 536 bytes accepted (SP 800-38D §7.1 derives J0 for other lengths)
   * @param plaintext - any length up to 2^36 − 32 bytes
   * @param aad - optional additional authenticated data
   * @returns ciphertext ‖ tag (plaintext.length + 16 bytes)
   * @throws {@link InvalidArgumentError} for a wrong key length, an empty or oversized IV, or non-Uint8Array input
   * @throws {@link NotReadyError} before `ready()` resolved
   * @example
   * ```ts
   * await ready();
   * const key = randomBytes(32), iv = randomBytes(12);
   * const sealed = aesGcm.encrypt(key, iv, new TextEncoder().encode('hi'));
   * ```
   */
  encrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array {
    checkGcm(key, iv, aad);
    checkPlaintext(plaintext, 'plaintext');
    return encryptSync(key, iv, plaintext, aad);
  },

  /**
   * Verify and decrypt. The tag is checked in constant time before any plaintext is computed.
   * @param ciphertextAndTag - ciphertext ‖ 16-byte tag, as {@link aesGcm.encrypt} returns it
   * @returns the plaintext
   * @throws {@link DecryptionFailedError} when the tag does not verify (wrong key, IV, AAD, tag or ciphertext);
   *   no plaintext is released
   * @throws {@link InvalidArgumentError} for a wrong key length, an empty IV, or input shorter than the tag
   * @throws {@link NotReadyError} before `ready()` resolved
   * @example
   * ```ts
   * try { const msg = aesGcm.decrypt(key, iv, sealed); } catch (e) {
   *   if (EphemeraError.is(e, 'ERR_DECRYPTION_FAILED')) dropMessage();
   * }
   * ```
   */
  decrypt(key: Uint8Array, iv: Uint8Array, ciphertextAndTag: Uint8Array, aad?: Uint8Array): Uint8Array {
    checkGcm(key, iv, aad);
    checkSealed(ciphertextAndTag, 'ciphertextAndTag');
    return decryptSync(key, iv, ciphertextAndTag, aad);
  },

  /**
   * {@link aesGcm.encrypt}, async: awaits `ready()` and, above the runtime's measured crossover, uses WebCrypto or
   * the runtime's native code. Same bytes as the sync form.
   * @throws {@link InvalidArgumentError} (rejection) for bad arguments
   * @example `const sealed = await aesGcm.encryptAsync(key, iv, bigFile);`
   */
  async encryptAsync(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Promise<Uint8Array> {
    checkGcm(key, iv, aad);
    checkPlaintext(plaintext, 'plaintext');
    return routeAsync('gcm', iv.length === 12 ? plaintext.length : -1, ready, current,
      (subtle) => webcryptoGcmEncrypt(subtle, key, iv, plaintext, aad), () => encryptSync(key, iv, plaintext, aad));
  },

  /**
   * {@link aesGcm.decrypt}, async; see {@link aesGcm.encryptAsync}.
   * @throws {@link DecryptionFailedError} (rejection) when the tag does not verify
   * @throws {@link InvalidArgumentError} (rejection) for bad arguments
   * @example `const file = await aesGcm.decryptAsync(key, iv, sealed);`
   */
  async decryptAsync(key: Uint8Array, iv: Uint8Array, ciphertextAndTag: Uint8Array, aad?: Uint8Array): Promise<Uint8Array> {
    checkGcm(key, iv, aad);
    checkSealed(ciphertextAndTag, 'ciphertextAndTag');
    return routeAsync('gcm', iv.length === 12 ? ciphertextAndTag.length - TAG : -1, ready, current, async (subtle) => {
      const out = await webcryptoGcmDecrypt(subtle, key, iv, ciphertextAndTag, aad);
      if (!out) throw new DecryptionFailedError();
      return out;
    }, () => decryptSync(key, iv, ciphertextAndTag, aad));
  },

  /**
   * Encrypt many small messages in as few kernel calls as fit (e.g. one header per recipient). Results are in input
   * order, each ciphertext ‖ tag.
   * @throws {@link InvalidArgumentError} naming the first bad element (`items[3].iv`)
   * @throws {@link NotReadyError} before `ready()` resolved
   * @example `const sealed = aesGcm.encryptMany(keys.map((key) => ({ key, iv: randomBytes(12), plaintext })));`
   */
  encryptMany(items: readonly AesGcmSealItem[]): Uint8Array[] {
    checkArray(items, 'items');
    const jobs: GcmItem[] = items.map((it, i) => {
      checkGcm(it?.key, it?.iv, it?.aad, `items[${i}].`);
      checkPlaintext(it.plaintext, `items[${i}].plaintext`);
      return { key: it.key, iv: it.iv, data: it.plaintext, aad: it.aad };
    });
    return jobs.length === 0 ? [] : current().active.gcmEncryptMany(jobs);
  },

  /**
   * Decrypt many messages in as few kernel calls as fit. All or nothing: if any tag fails, no plaintext at all is
   * returned.
   * @throws {@link DecryptionFailedError} when any item's tag does not verify
   * @throws {@link InvalidArgumentError} naming the first bad element
   * @throws {@link NotReadyError} before `ready()` resolved
   * @example `const [a, b] = aesGcm.decryptMany([{ key, iv: iv1, ciphertext: c1 }, { key, iv: iv2, ciphertext: c2 }]);`
   */
  decryptMany(items: readonly AesGcmOpenItem[]): Uint8Array[] {
    checkArray(items, 'items');
    const jobs: GcmItem[] = items.map((it, i) => {
      checkGcm(it?.key, it?.iv, it?.aad, `items[${i}].`);
      checkSealed(it.ciphertext, `items[${i}].ciphertext`);
      return { key: it.key, iv: it.iv, data: it.ciphertext, aad: it.aad };
    });
    return jobs.length === 0 ? [] : current().active.gcmDecryptMany(jobs);
  },
});

/**
 * AES-256-CTR (SP 800-38A §6.5): `data` XOR the keystream E(iv), E(iv + 1), … where the whole 16-byte `iv` is a
 * big-endian counter incremented modulo 2^128 (WebCrypto AES-CTR with `length: 128`). Encrypts and decrypts alike.
 * Unauthenticated: the protocol uses it only to wrap keys whose misuse the following GCM layer detects.
 * @param key - 32 bytes
 * @param iv - 16 bytes: the initial counter block
 * @throws {@link InvalidArgumentError} for a wrong key or IV length or non-Uint8Array input
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const wrapped = aesCtr(kek, randomBytes(16), serializedKey);`
 */
export function aesCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  abytes(key, 'key', KEY);
  abytes(iv, 'iv', 16);
  abytes(data, 'data');
  return ctrSync(key, iv, data);
}

/**
 * {@link aesCtr} for many (key, iv, data) triples in one kernel call, e.g. one 33-byte key wrap per recipient.
 * @throws {@link InvalidArgumentError} naming the first bad element (`items[2].key`)
 * @throws {@link NotReadyError} before `ready()` resolved
 * @example `const wraps = aesCtrMany(recipients.map((r) => ({ key: r.kek, iv: randomBytes(16), data: packetKey })));`
 */
export function aesCtrMany(items: readonly AesCtrItem[]): Uint8Array[] {
  checkArray(items, 'items');
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    abytes(it?.key, `items[${i}].key`, KEY);
    abytes(it.iv, `items[${i}].iv`, 16);
    abytes(it.data, `items[${i}].data`);
  }
  if (items.length === 0) return [];
  const s = current();
  // Where native CTR wins at every size (policy.ts), it serves the batch item by item.
  if (s.routes.nativeSync.ctr === 0) return items.map((it) => s.nativeAes!.ctr(it.key, it.iv, it.data));
  return s.active.ctrMany(items.map((it): CtrItem => ({ key: it.key, iv: it.iv, data: it.data })));
}

// --- Cipher results (wire-format.md §3.1–3.2) ---

/** Cipher ids of the reference implementation's serialized keys and cipher results. */
export const CIPHER_ID = Object.freeze({ aes256gcm: 0, aes256ctr: 1 } as const);
export type CipherId = (typeof CIPHER_ID)[keyof typeof CIPHER_ID];

/** A parsed cipher result: `cipherId (1) ‖ iv (12 GCM / 16 CTR) ‖ tag (16, GCM only) ‖ ciphertext`. */
export interface CipherResult {
  readonly cipherId: CipherId;
  readonly iv: Uint8Array;
  /** GCM only. */
  readonly tag?: Uint8Array;
  /** May be empty: such a result parses, but never decrypts (as in the reference implementation). */
  readonly ciphertext: Uint8Array;
}

const LAYOUT = { 0: { iv: 12, tag: TAG }, 1: { iv: 16, tag: 0 } } as const;

/**
 * The reference implementation's cipher-result format. Note that the GCM tag comes *before* the ciphertext, unlike
 * WebCrypto's and {@link aesGcm}'s `ciphertext ‖ tag`.
 */
export const cipherResult = Object.freeze({
  /**
   * Serialize parts into `id ‖ iv ‖ tag ‖ ciphertext`.
   * @throws {@link InvalidArgumentError} for an unknown id or IV/tag lengths that do not fit the cipher
   * @example `const bytes = cipherResult.encode({ cipherId: 1, iv, ciphertext });`
   */
  encode(parts: CipherResult): Uint8Array {
    const layout = LAYOUT[parts?.cipherId as CipherId];
    if (!layout) throw new InvalidArgumentError(`"cipherId" expected 0 (AES-256-GCM) or 1 (AES-256-CTR), got ${String(parts?.cipherId)}`);
    abytes(parts.iv, 'iv', layout.iv);
    if (layout.tag) abytes(parts.tag, 'tag', layout.tag);
    else if (parts.tag !== undefined) throw new InvalidArgumentError('"tag" must be absent for AES-256-CTR');
    abytes(parts.ciphertext, 'ciphertext');
    return concatBytes(Uint8Array.of(parts.cipherId), parts.iv, parts.tag ?? new Uint8Array(0), parts.ciphertext);
  },

  /**
   * Parse `id ‖ iv ‖ tag ‖ ciphertext` (wire-format.md §3.2: at least 1 + iv + tag bytes, known id). The parts are
   * copies.
   * @throws {@link DecodeError} for an unknown cipher id or a result too short for its cipher
   * @throws {@link InvalidArgumentError} if `bytes` is not a Uint8Array
   * @example `const { cipherId, iv, ciphertext } = cipherResult.decode(bytes);`
   */
  decode(bytes: Uint8Array): CipherResult {
    abytes(bytes, 'bytes');
    if (bytes.length < 1) throw new DecodeError('cipher result: empty');
    const id = bytes[0]!;
    const layout = LAYOUT[id as CipherId];
    if (!layout) throw new DecodeError(`cipher result: unknown cipher id ${id}`);
    const head = 1 + layout.iv + layout.tag;
    if (bytes.length < head) throw new DecodeError(`cipher result: ${bytes.length} bytes, cipher ${id} needs at least ${head}`);
    const iv = bytes.slice(1, 1 + layout.iv), ciphertext = bytes.slice(head);
    return layout.tag ? { cipherId: id as CipherId, iv, tag: bytes.slice(1 + layout.iv, head), ciphertext }
      : { cipherId: id as CipherId, iv, ciphertext };
  },

  /**
   * AES-256-GCM encrypt into a cipher result `00 ‖ iv ‖ tag ‖ ciphertext`, with a fresh random 12-byte IV unless one
   * is given (only the stream cipher supplies IVs).
   * @throws {@link InvalidArgumentError} for a wrong key or IV length, or an empty plaintext (which the reference
   *   format cannot round-trip)
   * @example `const enc = cipherResult.sealGcm(payloadKey, payload);`
   */
  sealGcm(key: Uint8Array, plaintext: Uint8Array, options: { iv?: Uint8Array; aad?: Uint8Array } = {}): Uint8Array {
    abytes(key, 'key', KEY);
    abytes(plaintext, 'plaintext');
    if (plaintext.length === 0) throw new InvalidArgumentError('"plaintext" must not be empty (a cipher result cannot carry an empty ciphertext)');
    const iv = options.iv ?? randomBytes(12);
    abytes(iv, 'iv', 12);
    aoptionalBytes(options.aad, 'aad');
    const sealed = encryptSync(key, iv, plaintext, options.aad);
    const n = plaintext.length, out = new Uint8Array(1 + 12 + TAG + n);
    out[0] = CIPHER_ID.aes256gcm;
    out.set(iv, 1);
    out.set(sealed.subarray(n), 13);
    out.set(sealed.subarray(0, n), 13 + TAG);
    return out;
  },

  /**
   * AES-256-CTR encrypt into a cipher result `01 ‖ iv ‖ ciphertext` (the v4 key wrap), fresh random 16-byte IV unless
   * one is given.
   * @throws {@link InvalidArgumentError} for a wrong key or IV length, or an empty plaintext
   * @example `const exchangeData = cipherResult.wrapCtr(kek, serializedPacketKey);`
   */
  wrapCtr(key: Uint8Array, plaintext: Uint8Array, options: { iv?: Uint8Array } = {}): Uint8Array {
    abytes(key, 'key', KEY);
    abytes(plaintext, 'plaintext');
    if (plaintext.length === 0) throw new InvalidArgumentError('"plaintext" must not be empty (a cipher result cannot carry an empty ciphertext)');
    const iv = options.iv ?? randomBytes(16);
    abytes(iv, 'iv', 16);
    return concatBytes(Uint8Array.of(CIPHER_ID.aes256ctr), iv, ctrSync(key, iv, plaintext));
  },

  /**
   * Decrypt a cipher result. With `authenticatedOnly` (the default, and every protocol path except key-exchange
   * unwrapping) a CTR result is refused. An empty ciphertext never decrypts, as in the reference implementation.
   * @throws {@link DecryptionFailedError} for a bad tag, a refused unauthenticated cipher, AAD given for CTR, or an
   *   empty ciphertext
   * @throws {@link DecodeError} when `bytes` is not a well-formed cipher result
   * @throws {@link InvalidArgumentError} for a wrong key length
   * @example `const payload = cipherResult.open(payloadKey, encPayload);`
   */
  open(key: Uint8Array, bytes: Uint8Array, options: { aad?: Uint8Array; authenticatedOnly?: boolean } = {}): Uint8Array {
    abytes(key, 'key', KEY);
    aoptionalBytes(options.aad, 'aad');
    const r = cipherResult.decode(bytes);
    if (r.ciphertext.length === 0) throw new DecryptionFailedError();
    if (r.cipherId === CIPHER_ID.aes256ctr) {
      if (options.authenticatedOnly ?? true) throw new DecryptionFailedError();
      if (options.aad !== undefined) throw new DecryptionFailedError();
      return ctrSync(key, r.iv, r.ciphertext);
    }
    return decryptSync(key, r.iv, concatBytes(r.ciphertext, r.tag!), options.aad);
  },
});
