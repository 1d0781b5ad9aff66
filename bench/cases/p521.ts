// P-521 groups: ECDH, ECDSA-SHA-512 sign and verify, getPublicKey, and the key-exchange fan-out (one kernel call
// for 1000 recipients vs 1000 separate ecdh + hkdf calls: the boundary saving), each against node:crypto,
// @noble/curves and WebCrypto (awaited and batched) where the runtime has them. Keys are made once per group.
import { p521 as noble } from '@noble/curves/nist.js';
import { hkdf as nobleHkdf } from '@noble/hashes/hkdf.js';
import { sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import type { BenchContext, Candidate, Group, GroupFactory } from '../types.ts';
import { webcrypto } from './common.ts';

const b64u = (b: Uint8Array) => btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const src = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

interface Keys { d: Uint8Array; pub: Uint8Array; peerD: Uint8Array; peerPub: Uint8Array }

function keys(ctx: BenchContext): Keys {
  const { p521 } = ctx.lib;
  const d = p521.randomPrivateKey(), peerD = p521.randomPrivateKey();
  return { d, pub: p521.getPublicKey(d), peerD, peerPub: p521.getPublicKey(peerD) };
}

/** A competitor is listed only if it can be set up and run once here (Deno's node:crypto lacks secp521r1 ECDH). */
async function probe(list: Candidate[], make: () => Candidate | Promise<Candidate>): Promise<void> {
  try {
    const c = await make();
    if (c.fn) c.fn(); else await c.async!();
    list.push(c);
  } catch { /* not available in this runtime */ }
}

function jwk(d: Uint8Array | undefined, pub: Uint8Array): JsonWebKey {
  return { kty: 'EC', crv: 'P-521', x: b64u(pub.subarray(1, 67)), y: b64u(pub.subarray(67)), ...(d ? { d: b64u(d) } : {}) };
}

async function ecdhGroup(ctx: BenchContext, k: Keys): Promise<Group> {
  const { lib, nodeCrypto, subtle } = ctx;
  const candidates: Candidate[] = [
    { name: 'ephemera', fn: () => lib.p521.ecdh(k.d, k.peerPub) },
    { name: 'ephemera async', async: () => lib.p521.ecdhAsync(k.d, k.peerPub) },
  ];
  if (nodeCrypto) {
    await probe(candidates, () => {
      const e = nodeCrypto.createECDH('secp521r1');
      e.setPrivateKey(k.d);
      return { name: 'node:crypto', fn: () => e.computeSecret(k.peerPub) };
    });
  }
  candidates.push({ name: '@noble/curves', fn: () => noble.getSharedSecret(k.d, k.peerPub).subarray(1) });
  if (subtle) {
    const priv = await subtle.importKey('jwk', jwk(k.d, k.pub), { name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveBits']);
    const pub = await subtle.importKey('raw', src(k.peerPub), { name: 'ECDH', namedCurve: 'P-521' }, false, []);
    candidates.push(...webcrypto(ctx, 16, (s) => s.deriveBits({ name: 'ECDH', public: pub }, priv, 528)));
  }
  const targets = ctx.runtime === 'node'
    ? [{ id: 'P1 (ECDH vs node:crypto)', vs: 'node:crypto', min: 8 }, { id: 'P1 (ECDH vs @noble/curves)', vs: '@noble/curves', min: 20 }]
    : [{ id: 'P1b (ECDH vs WebCrypto, awaited)', vs: 'WebCrypto (awaited)', min: 1.5 },
      { id: 'P1b (ECDH vs WebCrypto, batched)', vs: 'WebCrypto (batched ×16)', min: 1.5 }];
  return { id: 'p521-ecdh', title: 'P-521 ECDH (66-byte shared secret)', ours: 'ephemera', candidates, targets };
}

async function signGroup(ctx: BenchContext, k: Keys): Promise<Group> {
  const { lib, nodeCrypto, subtle } = ctx;
  const msg = new TextEncoder().encode('a 64-byte protocol message: a packet content or an ephemeral key'.padEnd(64, '.'));
  // Signatures are randomized (hedged nonces): candidates return nothing, so no byte comparison is attempted.
  const candidates: Candidate[] = [
    { name: 'ephemera', fn: () => { lib.p521.sign(k.d, msg); } },
    { name: 'ephemera (RFC 6979, no hedge)', fn: () => { lib.p521.sign(k.d, msg, { extraEntropy: false }); } },
  ];
  if (nodeCrypto) {
    await probe(candidates, () => {
      const key = nodeCrypto.createPrivateKey({ key: jwk(k.d, k.pub) as never, format: 'jwk' });
      return { name: 'node:crypto', fn: () => { nodeCrypto.sign('sha512', msg, { key, dsaEncoding: 'ieee-p1363' }); } };
    });
  }
  candidates.push({ name: '@noble/curves', fn: () => { noble.sign(msg, k.d, { prehash: true, lowS: false, extraEntropy: true }); } });
  if (subtle) {
    const key = await subtle.importKey('jwk', jwk(k.d, k.pub), { name: 'ECDSA', namedCurve: 'P-521' }, false, ['sign']);
    candidates.push(...webcrypto(ctx, 16, async (s) => { await s.sign({ name: 'ECDSA', hash: 'SHA-512' }, key, msg); }));
  }
  return { id: 'p521-sign', title: 'P-521 ECDSA-SHA-512 sign (64 B message)', ours: 'ephemera', candidates,
    targets: ctx.runtime === 'node' ? [{ id: 'P3 (sign vs node:crypto)', vs: 'node:crypto', min: 3 }] : [] };
}

async function verifyGroup(ctx: BenchContext, k: Keys): Promise<Group> {
  const { lib, nodeCrypto, subtle } = ctx;
  const msg = new TextEncoder().encode('a 64-byte protocol message: a packet content or an ephemeral key'.padEnd(64, '.'));
  const sig = lib.p521.sign(k.d, msg);
  const candidates: Candidate[] = [
    { name: 'ephemera', fn: () => { lib.p521.verify(k.pub, msg, sig); } },
    { name: 'ephemera async', async: async () => { await lib.p521.verifyAsync(k.pub, msg, sig); } },
    { name: 'ephemera async (batched ×16)', batch: 16, async: async () => { await Promise.all(Array.from({ length: 16 }, () => lib.p521.verifyAsync(k.pub, msg, sig))); } },
  ];
  if (nodeCrypto) {
    await probe(candidates, () => {
      const key = nodeCrypto.createPublicKey({ key: jwk(undefined, k.pub) as never, format: 'jwk' });
      return { name: 'node:crypto', fn: () => { nodeCrypto.verify('sha512', msg, { key, dsaEncoding: 'ieee-p1363' }, sig); } };
    });
  }
  candidates.push({ name: '@noble/curves', fn: () => { noble.verify(sig, msg, k.pub, { prehash: true, lowS: false }); } });
  if (subtle) {
    const key = await subtle.importKey('raw', src(k.pub), { name: 'ECDSA', namedCurve: 'P-521' }, false, ['verify']);
    candidates.push(...webcrypto(ctx, 16, async (s) => { await s.verify({ name: 'ECDSA', hash: 'SHA-512' }, key, src(sig), msg); }));
  }
  return { id: 'p521-verify', title: 'P-521 ECDSA-SHA-512 verify (64 B message)', ours: 'ephemera', candidates,
    targets: ctx.runtime === 'node' ? [{ id: 'P3 (verify vs node:crypto)', vs: 'node:crypto', min: 3 }] : [] };
}

async function publicKeyGroup(ctx: BenchContext, k: Keys): Promise<Group> {
  const { lib, nodeCrypto } = ctx;
  const candidates: Candidate[] = [{ name: 'ephemera', fn: () => lib.p521.getPublicKey(k.d) }];
  if (nodeCrypto) {
    await probe(candidates, () => ({ name: 'node:crypto', fn: () => { const e = nodeCrypto.createECDH('secp521r1'); e.setPrivateKey(k.d); return e.getPublicKey(); } }));
  }
  candidates.push({ name: '@noble/curves', fn: () => noble.getPublicKey(k.d, false) });
  return { id: 'p521-getpublickey', title: 'P-521 getPublicKey (d·G)', ours: 'ephemera', candidates };
}

/** Recipients for the fan-out: public keys and v4-style infos (sender root ‖ recipient root ‖ dev_id = 300 B). */
function recipients(ctx: BenchContext, n: number): { pubs: Uint8Array[]; infos: Uint8Array[] } {
  const pubs: Uint8Array[] = [], infos: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    pubs.push(ctx.lib.p521.getPublicKey(ctx.lib.p521.randomPrivateKey()));
    const info = new Uint8Array(300); info.fill(i & 0xff); infos.push(info);
  }
  return { pubs, infos };
}

function fanoutBoundaryGroup(ctx: BenchContext, k: Keys): Group {
  const { lib } = ctx;
  const N = 1000, { pubs, infos } = recipients(ctx, N);
  return {
    id: 'p521-fanout-1000', title: 'fan-out, 1000 recipients (ECDH + HKDF-SHA-512): one kernel call vs 1000 separate calls',
    ours: 'ephemera deriveWrapKeys (1 call)',
    paired: ['ephemera ecdh + hkdf (1000 calls each)'], // the difference is a few per cent
    candidates: [
      { name: 'ephemera deriveWrapKeys (1 call)', batch: N, fn: () => lib.p521.deriveWrapKeys(k.d, pubs, infos, 'sha512') },
      { name: 'ephemera ecdh + hkdf (1000 calls each)', batch: N,
        fn: () => pubs.map((p, i) => lib.hkdf('sha512', lib.p521.ecdh(k.d, p), undefined, infos[i], 32)) },
    ],
  };
}

async function fanoutGroup(ctx: BenchContext, k: Keys): Promise<Group> {
  const { lib, nodeCrypto, subtle } = ctx;
  const N = 20, { pubs, infos } = recipients(ctx, N);
  const candidates: Candidate[] = [{ name: 'ephemera', batch: N, fn: () => lib.p521.deriveWrapKeys(k.d, pubs, infos, 'sha512') }];
  if (nodeCrypto) {
    await probe(candidates, () => {
      const e = nodeCrypto.createECDH('secp521r1');
      e.setPrivateKey(k.d);
      return { name: 'node:crypto', batch: N,
        fn: () => pubs.map((p, i) => new Uint8Array(nodeCrypto.hkdfSync('sha512', e.computeSecret(p), new Uint8Array(0), infos[i]!, 32))) };
    });
  }
  candidates.push({ name: '@noble/curves', batch: N,
    fn: () => pubs.map((p, i) => nobleHkdf(nobleSha512, noble.getSharedSecret(k.d, p).subarray(1), undefined, infos[i], 32)) });
  if (subtle) {
    const priv = await subtle.importKey('jwk', jwk(k.d, k.pub), { name: 'ECDH', namedCurve: 'P-521' }, false, ['deriveBits']);
    const peers = await Promise.all(pubs.map((p) => subtle.importKey('raw', src(p), { name: 'ECDH', namedCurve: 'P-521' }, false, [])));
    const one = async (i: number) => {
      const ss = await subtle.deriveBits({ name: 'ECDH', public: peers[i]! }, priv, 528);
      const ikm = await subtle.importKey('raw', ss, 'HKDF', false, ['deriveBits']);
      return new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-512', salt: new Uint8Array(0), info: src(infos[i]!) }, ikm, 256));
    };
    candidates.push({ name: 'WebCrypto (awaited)', batch: N, async: async () => { const out = []; for (let i = 0; i < N; i++) out.push(await one(i)); return out; } });
    candidates.push({ name: 'WebCrypto (batched)', batch: N, async: () => Promise.all(pubs.map((_, i) => one(i))) });
  }
  return { id: 'p521-fanout-20', title: 'fan-out, 20 recipients (ECDH + HKDF-SHA-512), recipients/s', ours: 'ephemera', candidates };
}

export const p521Groups: GroupFactory = async (ctx) => {
  const k = keys(ctx);
  return [await ecdhGroup(ctx, k), await signGroup(ctx, k), await verifyGroup(ctx, k), await publicKeyGroup(ctx, k),
    await fanoutGroup(ctx, k), fanoutBoundaryGroup(ctx, k)];
};
