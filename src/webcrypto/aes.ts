// Async AES-256-GCM on WebCrypto, used by aesGcm.encryptAsync / decryptAsync when policy.ts measured it faster for
// the input size. WebCrypto's output layout (ciphertext ‖ 16-byte tag) is the SDK's, so bytes are identical.

// WebCrypto's typings want ArrayBuffer-backed views; every Uint8Array the SDK accepts works at run time.
const source = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

function params(iv: Uint8Array, aad: Uint8Array | undefined): AesGcmParams {
  return aad && aad.length > 0
    ? { name: 'AES-GCM', iv: source(iv), additionalData: source(aad), tagLength: 128 }
    : { name: 'AES-GCM', iv: source(iv), tagLength: 128 };
}

export async function webcryptoGcmEncrypt(subtle: SubtleCrypto, key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array,
                                          aad: Uint8Array | undefined): Promise<Uint8Array> {
  const k = await subtle.importKey('raw', source(key), 'AES-GCM', false, ['encrypt']);
  return new Uint8Array(await subtle.encrypt(params(iv, aad), k, source(plaintext)));
}

/** The plaintext, or undefined when WebCrypto rejects the tag (OperationError). */
export async function webcryptoGcmDecrypt(subtle: SubtleCrypto, key: Uint8Array, iv: Uint8Array, data: Uint8Array,
                                          aad: Uint8Array | undefined): Promise<Uint8Array | undefined> {
  const k = await subtle.importKey('raw', source(key), 'AES-GCM', false, ['decrypt']);
  try {
    return new Uint8Array(await subtle.decrypt(params(iv, aad), k, source(data)));
  } catch {
    return undefined;
  }
}
