// Hash-family groups: SHA-256 at 32 B, 64 B and 1 MiB, SHA-512 1 MiB, HMAC-SHA-256 1 MiB, salted SHA-256 ×1000
// (identifier hashing) and HKDF-SHA-256 → 32 B, each against every competitor the runtime has.
import { createHMAC, createSHA256, createSHA512 } from 'hash-wasm';
import { hkdf as nobleHkdf } from '@noble/hashes/hkdf.js';
import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import type { BenchContext, Candidate, Group, GroupFactory } from '../types.ts';
import { engineModes, ephemeraAsync, webcrypto } from './common.ts';

const SIZES = { '32 B': 32, '64 B': 64, '1 MiB': 1 << 20 } as const;

function data(n: number): Uint8Array {
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) d[i] = (i * 31 + 7) & 0xff;
  return d;
}

async function digestGroup(ctx: BenchContext, hash: 'sha256' | 'sha512', label: string, n: number): Promise<Group> {
  const { lib, nodeCrypto } = ctx;
  const msg = data(n), H = hash === 'sha256' ? 'SHA-256' : 'SHA-512';
  const candidates: Candidate[] = [
    ...engineModes(ctx, () => lib[hash](msg), n >= 4096),
    ...ephemeraAsync(n >= 65536 ? 4 : 64, () => (hash === 'sha256' ? lib.sha256Async(msg) : lib.sha512Async(msg))),
  ];
  if (nodeCrypto) candidates.push({ name: 'node:crypto', fn: () => nodeCrypto.createHash(hash).update(msg).digest() });
  if (ctx.hashWasm) {
    const h = hash === 'sha256' ? await createSHA256() : await createSHA512();
    candidates.push({ name: 'hash-wasm', fn: () => h.init().update(msg).digest('binary') });
  }
  candidates.push({ name: '@noble/hashes', fn: () => (hash === 'sha256' ? nobleSha256 : nobleSha512)(msg) });
  candidates.push(...webcrypto(ctx, n >= 65536 ? 4 : 64, (s) => s.digest(H, msg)));
  const targets = hash === 'sha256' && n === 32 ? [{ id: 'P5 (SHA-256 32 B)', vs: 'hash-wasm', min: 1.0 }] : [];
  return { id: `${hash}-${label.replace(' ', '')}`, title: `${H} ${label}`, ours: 'ephemera', bytes: n, candidates, targets };
}

function saltedGroup(ctx: BenchContext): Group {
  const { lib, nodeCrypto } = ctx;
  const id = new TextEncoder().encode('alice@example.com'), salt = data(32), ROUNDS = 1000;
  const candidates: Candidate[] = [{ name: 'ephemera', fn: () => lib.hashIdentifier(id, salt, ROUNDS) }];
  if (nodeCrypto) {
    candidates.push({ name: 'node:crypto', fn: () => {
      let h: Uint8Array = id;
      for (let i = 0; i < ROUNDS; i++) h = nodeCrypto.createHash('sha256').update(h).update(salt).digest();
      return h;
    } });
  }
  candidates.push({ name: '@noble/hashes', fn: () => {
    let h = id;
    for (let i = 0; i < ROUNDS; i++) h = nobleSha256.create().update(h).update(salt).digest();
    return h;
  } });
  if (ctx.subtle) {
    const subtle = ctx.subtle;
    candidates.push({ name: 'WebCrypto (awaited)', async: async () => {
      let h: Uint8Array = id;
      const buf = new Uint8Array(32 + salt.length);
      for (let i = 0; i < ROUNDS; i++) {
        const m = i === 0 ? new Uint8Array([...id, ...salt]) : (buf.set(h), buf.set(salt, 32), buf);
        h = new Uint8Array(await subtle.digest('SHA-256', m));
      }
      return h;
    } });
  }
  return { id: 'salted-x1000', title: 'salted SHA-256 ×1000 (identifier hash)', ours: 'ephemera', candidates,
    targets: [{ id: 'P5 (salted ×1000)', vs: 'node:crypto', min: 1.5 }] };
}

function hkdfGroup(ctx: BenchContext): Group {
  const { lib, nodeCrypto } = ctx;
  const ikm = data(66), salt = data(32), info = data(16);
  const candidates: Candidate[] = [{ name: 'ephemera', fn: () => lib.hkdf('sha256', ikm, salt, info, 32) }];
  if (nodeCrypto) candidates.push({ name: 'node:crypto hkdfSync', fn: () => nodeCrypto.hkdfSync('sha256', ikm, salt, info, 32) });
  candidates.push({ name: '@noble/hashes', fn: () => nobleHkdf(nobleSha256, ikm, salt, info, 32) });
  candidates.push(...webcrypto(ctx, 64, async (s) => {
    const k = await s.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
    return s.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, k, 256);
  }));
  return { id: 'hkdf-sha256-32', title: 'HKDF-SHA-256 → 32 B', ours: 'ephemera', candidates,
    targets: [{ id: 'P5 (HKDF-SHA-256)', vs: 'node:crypto hkdfSync', min: 1.5 }] };
}

async function hmacGroup(ctx: BenchContext): Promise<Group> {
  const { lib, nodeCrypto } = ctx;
  const key = data(32), msg = data(1 << 20);
  const candidates: Candidate[] = [
    ...engineModes(ctx, () => lib.hmac('sha256', key, msg), true),
    ...ephemeraAsync(4, () => lib.hmacAsync('sha256', key, msg)),
  ];
  if (nodeCrypto) candidates.push({ name: 'node:crypto', fn: () => nodeCrypto.createHmac('sha256', key).update(msg).digest() });
  if (ctx.hashWasm) {
    const h = await createHMAC(createSHA256(), key);
    candidates.push({ name: 'hash-wasm', fn: () => { h.init(); h.update(msg); return h.digest('binary'); } });
  }
  candidates.push({ name: '@noble/hashes', fn: () => nobleHmac(nobleSha256, key, msg) });
  candidates.push(...webcrypto(ctx, 4, async (s) => {
    const k = await s.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return s.sign('HMAC', k, msg);
  }));
  return { id: 'hmac-sha256-1MiB', title: 'HMAC-SHA-256 1 MiB', ours: 'ephemera', bytes: 1 << 20, candidates };
}

/**
 * Crossover sweeps behind src/policy.ts (`npm run bench -- --filter crossover --runtime <name>`): the kernel alone
 * vs the runtime's native code at growing sizes, for the sync route (node:crypto) and the async one (WebCrypto).
 */
function crossoverGroups(ctx: BenchContext): Group[] {
  const { lib, nodeCrypto } = ctx;
  return [32, 64, 128, 256, 512, 1024, 4096, 16384, 65536, 262144].flatMap((n) => {
    const msg = data(n), key = data(32);
    const digest: Candidate[] = [{ name: 'ephemera wasm', fn: () => lib.sha256(msg), setup: () => lib.setEngine('wasm', { native: false }) }];
    if (nodeCrypto) digest.push({ name: 'node:crypto', fn: () => nodeCrypto.createHash('sha256').update(msg).digest() });
    digest.push(...webcrypto(ctx, 4, (s) => s.digest('SHA-256', msg)).slice(0, n >= 16384 ? 2 : 1));
    if (nodeCrypto && n >= 16384) {
      digest.push({ name: 'node:crypto (×4 sequential)', batch: 4, async: async () => [0, 1, 2, 3].map(() => nodeCrypto.createHash('sha256').update(msg).digest()) });
    }
    const mac: Candidate[] = [{ name: 'ephemera wasm', fn: () => lib.hmac('sha256', key, msg), setup: () => lib.setEngine('wasm', { native: false }) }];
    if (nodeCrypto) mac.push({ name: 'node:crypto', fn: () => nodeCrypto.createHmac('sha256', key).update(msg).digest() });
    mac.push(...webcrypto(ctx, 1, async (s) => s.sign('HMAC', await s.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), msg)).slice(0, 1));
    return [
      { id: `crossover-digest-${n}`, title: `crossover: SHA-256 ${n} B`, ours: 'ephemera wasm', bytes: n, candidates: digest, optional: true },
      { id: `crossover-hmac-${n}`, title: `crossover: HMAC-SHA-256 ${n} B`, ours: 'ephemera wasm', bytes: n, candidates: mac, optional: true },
    ];
  });
}

export const hashGroups: GroupFactory = async (ctx) => [
  ...crossoverGroups(ctx),
  ...(await Promise.all(Object.entries(SIZES).map(([label, n]) => digestGroup(ctx, 'sha256', label, n)))),
  await digestGroup(ctx, 'sha512', '1 MiB', 1 << 20),
  await hmacGroup(ctx),
  saltedGroup(ctx),
  hkdfGroup(ctx),
];
