// P-521 ECDSA-SHA-512 verification on WebCrypto, used by p521.verifyAsync where src/policy.ts measured it faster.
// WebCrypto takes the raw (IEEE P1363) r ‖ s form and an uncompressed public key.
const source = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export async function webcryptoP521Verify(subtle: SubtleCrypto, publicKey133: Uint8Array, message: Uint8Array,
                                          signature: Uint8Array): Promise<boolean> {
  const key = await subtle.importKey('raw', source(publicKey133), { name: 'ECDSA', namedCurve: 'P-521' }, false, ['verify']);
  return subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, key, source(signature), source(message));
}
