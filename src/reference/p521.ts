// The P-521 family of the `reference` engine, on @noble/curves (audited, pure JS). Results are byte-identical to
// the kernel's: the same RFC 6979 construction (noble's extraEntropy is RFC 6979 §3.6 additional data, as the
// kernel's `extra`), no low-s normalization, x-only ECDH output, the same validation verdicts.
import { p521 as noble } from '@noble/curves/nist.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { InvalidKeyError } from '../errors.ts';
import type { FanoutResult, P521Ops, WrapHash } from '../ops/p521.ts';

const N = noble.Point.CURVE().n;
const BAD_PRIVATE = 'private key is not an integer in [1, n − 1]';
const BAD_PUBLIC = 'public key is not a valid P-521 point (encoding, coordinate range, curve equation or infinity)';

function scalar(d: Uint8Array): bigint {
  let v = 0n;
  for (const b of d) v = (v << 8n) | BigInt(b);
  return v;
}

function checkPrivate(d: Uint8Array, what: string): void {
  const v = scalar(d);
  if (v === 0n || v >= N) throw new InvalidKeyError(`${what}: ${BAD_PRIVATE}`);
}

function point(pub: Uint8Array, what: string): InstanceType<typeof noble.Point> {
  if (pub.length !== 133 && pub.length !== 67) throw new InvalidKeyError(`${what}: ${BAD_PUBLIC}`);
  try {
    const p = noble.Point.fromBytes(pub);
    p.assertValidity();
    return p;
  } catch {
    throw new InvalidKeyError(`${what}: ${BAD_PUBLIC}`);
  }
}

function ecdhX(d: Uint8Array, pub: Uint8Array, what: string): Uint8Array {
  checkPrivate(d, what);
  const q = point(pub, what);
  return q.multiply(scalar(d)).toBytes(true).subarray(1);
}

export const referenceP521Ops: P521Ops = {
  p521PrivateValid(d) {
    const v = scalar(d);
    return v !== 0n && v < N;
  },
  p521GetPublicKey(d) {
    checkPrivate(d, 'getPublicKey');
    return noble.getPublicKey(d, false);
  },
  p521DecodePublicKey(pub) {
    return point(pub, 'publicKey').toBytes(false);
  },
  p521Ecdh(d, pub) {
    return ecdhX(d, pub, 'ecdh');
  },
  p521Sign(d, message, extra) {
    checkPrivate(d, 'sign');
    return noble.sign(message, d, { prehash: true, lowS: false, extraEntropy: extra.length > 0 ? extra : false });
  },
  p521Verify(pub, message, signature) {
    point(pub, 'verify');
    try {
      return noble.verify(signature, message, pub, { prehash: true, lowS: false });
    } catch {
      return false;
    }
  },
  p521VerifyDigest(pub, digest, signature) {
    point(pub, 'verifyDigest');
    try {
      return noble.verify(signature, digest, pub, { prehash: false, lowS: false });
    } catch {
      return false;
    }
  },
  p521Fanout(d, pubs, infos, hash: WrapHash): FanoutResult {
    checkPrivate(d, 'deriveWrapKeys');
    const H = hash === 'sha512' ? sha512 : sha256;
    const keys: Uint8Array[] = [], invalid: number[] = [];
    pubs.forEach((pub, i) => {
      let ss: Uint8Array;
      try {
        ss = ecdhX(d, pub, 'deriveWrapKeys');
      } catch {
        invalid.push(i);
        keys.push(new Uint8Array(32));
        return;
      }
      keys.push(hkdf(H, ss, undefined, infos[i]!, 32));
      ss.fill(0);
    });
    return { keys, invalid };
  },
};
