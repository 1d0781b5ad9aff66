// Node-only differential test of the P-521 kernel against two independent implementations on 1000 random keys
// and messages: node:crypto (OpenSSL) and @noble/curves. node:crypto is not available in Chromium or workerd, so
// this lives here rather than in the shared suites (which run a smaller @noble differential in every runtime).
import { createECDH, createPrivateKey, createPublicKey, randomBytes, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { p521 as noble } from '@noble/curves/nist.js';
import { beforeAll, describe, expect, test } from 'vitest';
import * as lib from 'ephemera/primitives';

const COUNT = 1000;
const N = noble.Point.CURVE().n;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const int = (b: Uint8Array) => BigInt(`0x${hex(b)}`);

function jwkPublic(pub: Uint8Array) {
  return createPublicKey({ key: { kty: 'EC', crv: 'P-521', x: Buffer.from(pub.subarray(1, 67)).toString('base64url'),
    y: Buffer.from(pub.subarray(67)).toString('base64url') }, format: 'jwk' });
}
function jwkPrivate(d: Uint8Array, pub: Uint8Array) {
  return createPrivateKey({ key: { kty: 'EC', crv: 'P-521', d: Buffer.from(d).toString('base64url'),
    x: Buffer.from(pub.subarray(1, 67)).toString('base64url'), y: Buffer.from(pub.subarray(67)).toString('base64url') }, format: 'jwk' });
}

describe('p521 differential (kernel vs node:crypto and @noble/curves)', () => {
  beforeAll(async () => { await lib.ready(); await lib.setEngine('wasm'); });

  test(`${COUNT} random key pairs: getPublicKey and ECDH equal node:crypto's`, () => {
    for (let i = 0; i < COUNT; i++) {
      const a = createECDH('secp521r1'), b = createECDH('secp521r1');
      a.generateKeys(); b.generateKeys();
      const da = new Uint8Array(66); da.set(a.getPrivateKey(), 66 - a.getPrivateKey().length);
      expect(hex(lib.p521.getPublicKey(da)), `getPublicKey #${i}`).toBe(a.getPublicKey('hex'));
      const ss = lib.p521.ecdh(da, new Uint8Array(b.getPublicKey()));
      const ref = Buffer.alloc(66); const raw = b.computeSecret(a.getPublicKey()); raw.copy(ref, 66 - raw.length);
      expect(hex(ss), `ecdh #${i}`).toBe(ref.toString('hex'));
      if (i % 4 === 0) {
        const compressed = new Uint8Array(b.getPublicKey(null, 'compressed'));
        expect(hex(lib.p521.ecdh(da, compressed)), `ecdh compressed #${i}`).toBe(ref.toString('hex'));
      }
    }
  });

  test(`${COUNT} random messages: our signatures verify in node:crypto, node:crypto's verify here; tampering rejected`, () => {
    for (let i = 0; i < COUNT; i++) {
      const d = lib.p521.randomPrivateKey(), pub = lib.p521.getPublicKey(d);
      const msg = randomBytes(i % 300);
      const sig = lib.p521.sign(d, msg);
      expect(nodeVerify('sha512', msg, { key: jwkPublic(pub), dsaEncoding: 'ieee-p1363' }, sig), `node verifies ours #${i}`).toBe(true);
      const theirs = nodeSign('sha512', msg, { key: jwkPrivate(d, pub), dsaEncoding: 'ieee-p1363' });
      expect(lib.p521.verify(pub, msg, new Uint8Array(theirs)), `we verify node's #${i}`).toBe(true);
      const bad = new Uint8Array(theirs); bad[i % 132] ^= 1 << (i % 8);
      expect(lib.p521.verify(pub, msg, bad), `tampered #${i}`).toBe(false);
    }
  });

  test(`${COUNT} random keys and messages: byte-identical public keys and RFC 6979 signatures with @noble/curves (ECDH on every 5th)`, () => {
    for (let i = 0; i < COUNT; i++) {
      const dd = noble.utils.randomSecretKey();
      expect(int(dd) > 0n && int(dd) < N).toBe(true);
      expect(hex(lib.p521.getPublicKey(dd)), `getPublicKey #${i}`).toBe(hex(noble.getPublicKey(dd, false)));
      const msg = randomBytes(i % 500);
      expect(hex(lib.p521.sign(dd, msg, { extraEntropy: false })), `sign #${i}`).toBe(hex(noble.sign(msg, dd, { prehash: true, lowS: false })));
      if (i % 5 === 0) {
        const peer = noble.getPublicKey(noble.utils.randomSecretKey(), false);
        expect(hex(lib.p521.ecdh(dd, peer)), `ecdh #${i}`).toBe(hex(noble.getSharedSecret(dd, peer).subarray(1)));
      }
    }
  });

  test('the reference engine agrees with the kernel on 50 random cases (the two engines of the SDK)', async () => {
    const cases = Array.from({ length: 50 }, () => {
      const d = lib.p521.randomPrivateKey(), peer = lib.p521.getPublicKey(lib.p521.randomPrivateKey()), msg = randomBytes(64);
      return { d, peer, msg, info: randomBytes(40) };
    });
    const run = () => cases.map(({ d, peer, msg, info }) => [lib.p521.getPublicKey(d), lib.p521.ecdh(d, peer),
      lib.p521.sign(d, msg, { extraEntropy: false }), ...lib.p521.deriveWrapKeys(d, [peer], [info], 'sha512')].map(hex).join('|'));
    const wasm = run();
    await lib.setEngine('reference');
    try { expect(run()).toEqual(wasm); } finally { await lib.setEngine('wasm'); }
  });
});
