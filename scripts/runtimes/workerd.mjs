// Run a bundled job inside workerd (through miniflare, which starts the real workerd binary). The kernel is given
// as a CompiledWasm module — the only way workerd accepts WebAssembly. No nodejs_compat flag: the package must
// not need it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';

const WRAPPER = `import { main } from './job.mjs';
export default {
  async fetch(request) {
    try {
      return Response.json({ ok: await main(await request.json()) });
    } catch (err) {
      return Response.json({ error: String(err && err.stack || err) });
    }
  },
};`;

export async function runInWorkerd(bundlePath, distDir, input) {
  const mf = new Miniflare({
    modules: [
      { type: 'ESModule', path: 'worker.mjs', contents: WRAPPER },
      { type: 'ESModule', path: 'job.mjs', contents: await readFile(bundlePath, 'utf8') },
      { type: 'CompiledWasm', path: 'ephemera.wasm', contents: await readFile(join(distDir, 'ephemera.wasm')) },
      { type: 'CompiledWasm', path: 'ephemera.simd.wasm', contents: await readFile(join(distDir, 'ephemera.simd.wasm')) },
    ],
    compatibilityDate: '2025-09-01',
    cf: false,
    host: '127.0.0.1',
    port: 0,
  });
  try {
    const res = await mf.dispatchFetch('http://localhost/', { method: 'POST', body: JSON.stringify(input) });
    const body = await res.json();
    if (body.error) throw new Error(`workerd job failed: ${body.error}`);
    return body.ok;
  } finally {
    await mf.dispose();
  }
}
