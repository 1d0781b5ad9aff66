// The native-C anchor of target P1 (../shared/guides/performance.md): ephemera's P-521 ECDH against
// `openssl speed ecdhp521` (Debian's OpenSSL, whose libcrypto has the 64-bit P-521 code), measured in pairs.
//
// Why pairs: on this 2-vCPU machine the same binary's ECDH rate moves between ≈1.2 k/s and ≈2.3 k/s within a
// minute (seen in CPU time too, so it is the host, not the timer), and `openssl speed` between 2.6 k/s and
// 3.4 k/s. A ratio of two measurements taken minutes apart measures the host as much as the code. Here each round
// times ephemera for `seconds`, then runs openssl for the same time, and the ratio is taken per round; the
// report gives the median round ratio and every round's figures. Both sides are wall-clock rates on one core:
// benchmark.js measures wall time, so openssl runs with -elapsed (without it, it divides by CPU time).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './runtimes/drive.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const h = s.length >> 1; return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2; };

/** ops/s of `openssl speed -elapsed -seconds s ecdhp521`, or null when openssl (or its P-521) is missing. */
function opensslEcdh(seconds) {
  try {
    const text = execFileSync('openssl', ['speed', '-elapsed', '-seconds', String(seconds), 'ecdhp521'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /521 bits ecdh \(nistp521\)\s+[\d.]+s\s+([\d.]+)/.exec(text);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * `rounds` pairs of (ephemera p521.ecdh for `seconds`, openssl for `seconds`), after one warm-up second. Returns
 * null when openssl is unavailable, else { rounds: [{ ours, openssl, ratio }], median: { ours, openssl, ratio } }.
 */
export async function pairedNativeEcdh({ rounds = 5, seconds = 2 } = {}) {
  if (opensslEcdh(1) === null) return null;
  const lib = await import(pathToFileURL(join(ROOT, 'dist/bindings/node-primitives.js')).href);
  await lib.ready();
  const d = lib.p521.randomPrivateKey();
  const peer = lib.p521.getPublicKey(lib.p521.randomPrivateKey());
  const timed = (s) => {
    let n = 0;
    const t0 = performance.now(), end = t0 + s * 1e3;
    let t = t0;
    while (t < end) { for (let i = 0; i < 20; i++) lib.p521.ecdh(d, peer); n += 20; t = performance.now(); }
    return (n * 1e3) / (t - t0);
  };
  timed(1); // let the engine tier the kernel up before the first pair
  const out = [];
  for (let r = 0; r < rounds; r++) {
    const ours = timed(seconds);
    const openssl = opensslEcdh(seconds);
    if (!openssl) return null;
    out.push({ ours, openssl, ratio: ours / openssl });
  }
  return {
    rounds: out,
    median: { ours: median(out.map((x) => x.ours)), openssl: median(out.map((x) => x.openssl)), ratio: median(out.map((x) => x.ratio)) },
  };
}
