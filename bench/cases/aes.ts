// AES-family groups: AES-256-GCM encrypt at 32 B and 1 MiB (sync), the async path at 1 MiB, crossover sizes for
// the routing thresholds in src/policy.ts, and the protocol's 33-byte AES-256-CTR key wrap (single and batched).
// Every call includes its key setup (ephemera: key schedule; node:crypto: createCipheriv; WebCrypto: importKey;
// noble: a fresh cipher object), as the protocol uses a fresh key per packet and per recipient.
import { ctr as nobleCtr, gcm as nobleGcm } from '@noble/ciphers/aes.js';
import type { BenchContext, Candidate, Group, GroupFactory } from '../types.ts';
import { engineModes, ephemeraAsync, scalarKernel, webcrypto } from './common.ts';

function data(n: number, seed: number): Uint8Array {
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) d[i] = (i * 31 + seed) & 0xff;
  return d;
}

const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;
const KEY = data(32, 1), IV = data(12, 2), IV16 = data(16, 3);

function nodeGcm(ctx: BenchContext, msg: Uint8Array): Candidate[] {
  const c = ctx.nodeCrypto;
  if (!c) return [];
  return [{ name: 'node:crypto', fn: () => {
    const e = c.createCipheriv('aes-256-gcm', KEY, IV);
    const body = e.update(msg);
    e.final();
    const out = new Uint8Array(body.length + 16);
    out.set(body);
    out.set(e.getAuthTag(), body.length);
    return out;
  } }];
}

const webGcm = (msg: Uint8Array) => async (s: SubtleCrypto) => {
  const k = await s.importKey('raw', buf(KEY), 'AES-GCM', false, ['encrypt']);
  return s.encrypt({ name: 'AES-GCM', iv: buf(IV) }, k, buf(msg));
};

const label = (n: number) => (n >= 1 << 20 ? `${n >> 20} MiB` : n >= 1024 ? `${n >> 10} KiB` : `${n} B`);

/** Sync GCM at one size: the default path, the kernel alone, and every sync competitor. */
function gcmSync(ctx: BenchContext, n: number, targets: Group['targets'], ours = 'ephemera'): Group {
  const { lib } = ctx, msg = data(n, 4);
  const candidates: Candidate[] = [
    ...engineModes(ctx, () => lib.aesGcm.encrypt(KEY, IV, msg), true),
    ...(n > 64 ? scalarKernel(ctx, () => lib.aesGcm.encrypt(KEY, IV, msg)) : []),
    ...nodeGcm(ctx, msg),
    { name: '@noble/ciphers', fn: () => nobleGcm(KEY, IV).encrypt(msg) },
  ];
  if (n <= 64) candidates.push(...ephemeraAsync(64, () => lib.aesGcm.encryptAsync(KEY, IV, msg)), ...webcrypto(ctx, 64, webGcm(msg)));
  return { id: `gcm-${label(n).replace(' ', '')}`, title: `AES-256-GCM encrypt ${label(n)}${ours === 'ephemera' ? '' : ' (sync; ratios of the kernel)'}`,
    ours, bytes: n, candidates, targets };
}

/** Async GCM at one size: ephemera's async path against WebCrypto, awaited and batched. */
function gcmAsync(ctx: BenchContext, n: number, batch: number, targets: Group['targets'], id = `gcm-async-${label(n).replace(' ', '')}`): Group {
  const { lib } = ctx, msg = data(n, 5);
  const candidates: Candidate[] = [
    ...ephemeraAsync(batch, () => lib.aesGcm.encryptAsync(KEY, IV, msg)),
    ...webcrypto(ctx, batch, webGcm(msg)),
  ];
  return { id, title: `AES-256-GCM encrypt ${label(n)}, async`, ours: 'ephemera async', bytes: n, candidates, targets };
}

/** Sizes around the routing thresholds: every path of every kind, to read the crossovers off one run. */
function crossover(ctx: BenchContext, n: number): Group {
  const { lib } = ctx, msg = data(n, 6);
  const candidates: Candidate[] = [
    ...engineModes(ctx, () => lib.aesGcm.encrypt(KEY, IV, msg), true),
    ...nodeGcm(ctx, msg),
    { name: 'ephemera async', async: () => lib.aesGcm.encryptAsync(KEY, IV, msg) },
    ...webcrypto(ctx, 8, webGcm(msg)),
  ];
  return { id: `gcm-crossover-${label(n).replace(' ', '')}`, title: `AES-256-GCM encrypt ${label(n)} (routing crossover)`,
    ours: 'ephemera', bytes: n, candidates };
}

function ctrWrap(ctx: BenchContext): Group {
  const { lib, nodeCrypto } = ctx, key33 = data(33, 7);
  const candidates: Candidate[] = [{ name: 'ephemera', fn: () => lib.aesCtr(KEY, IV16, key33) }];
  if (nodeCrypto) candidates.push({ name: 'node:crypto', fn: () => nodeCrypto.createCipheriv('aes-256-ctr', KEY, IV16).update(key33) });
  candidates.push({ name: '@noble/ciphers', fn: () => nobleCtr(KEY, IV16.slice()).encrypt(key33) });
  candidates.push(...webcrypto(ctx, 64, async (s) => {
    const k = await s.importKey('raw', buf(KEY), 'AES-CTR', false, ['encrypt']);
    return s.encrypt({ name: 'AES-CTR', counter: buf(IV16), length: 128 }, k, buf(key33));
  }));
  return { id: 'ctr-wrap-33B', title: 'AES-256-CTR key wrap, 33 B (one recipient)', ours: 'ephemera', bytes: 33, candidates };
}

function ctrWrapBatch(ctx: BenchContext, count: number): Group {
  const { lib, nodeCrypto } = ctx, key33 = data(33, 8);
  const items = Array.from({ length: count }, (_, i) => ({ key: data(32, 100 + i), iv: data(16, 200 + i), data: key33 }));
  const candidates: Candidate[] = [{ name: `ephemera aesCtrMany (×${count})`, batch: count, fn: () => lib.aesCtrMany(items) }];
  if (nodeCrypto) {
    candidates.push({ name: `node:crypto (loop ×${count})`, batch: count,
      fn: () => items.map((it) => nodeCrypto.createCipheriv('aes-256-ctr', it.key, it.iv).update(it.data)) });
  }
  candidates.push({ name: `@noble/ciphers (loop ×${count})`, batch: count, fn: () => items.map((it) => nobleCtr(it.key, it.iv.slice()).encrypt(it.data)) });
  if (ctx.subtle) {
    const s = ctx.subtle;
    candidates.push({ name: `WebCrypto (batched ×${count})`, batch: count, async: () => Promise.all(items.map(async (it) => {
      const k = await s.importKey('raw', buf(it.key), 'AES-CTR', false, ['encrypt']);
      return s.encrypt({ name: 'AES-CTR', counter: buf(it.iv), length: 128 }, k, buf(it.data));
    })) });
  }
  return { id: `ctr-wrap-33B-x${count}`, title: `AES-256-CTR key wraps, ${count} recipients per call`,
    ours: `ephemera aesCtrMany (×${count})`, candidates };
}

export const aesGroups: GroupFactory = async (ctx) => [
  gcmSync(ctx, 32, [{ id: 'P6 (GCM 32 B)', vs: 'node:crypto', min: 1.0 }]),
  gcmSync(ctx, 1 << 20, [{ id: 'P6 (GCM 1 MiB, sync WASM kernel)', vs: '@noble/ciphers', min: 5.0 }], 'ephemera wasm'),
  gcmAsync(ctx, 1 << 20, 4, [{ id: 'P6 (GCM 1 MiB, async auto path)', vs: 'WebCrypto (awaited)', min: 0.9 }]),
  ...[128, 256, 1024, 8192, 65536].map((n) => crossover(ctx, n)),
  ctrWrap(ctx),
  ctrWrapBatch(ctx, 100),
];
