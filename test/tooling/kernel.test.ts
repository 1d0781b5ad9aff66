// Properties of the built kernel itself: no imports, fixed memory, reproducible bytes, size budget, ABI check,
// and traps surfacing as typed errors with memory wiped.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import * as lib from 'ephemera/primitives';
import * as testing from 'ephemera/testing';

const ROOT = join(import.meta.dirname, '..', '..');
// The wide build uses i64.mul_wide_u, which Node's V8 rejects: its imports, memory and exports are checked in Bun
// by p521-field.test.ts; the checks below that need no compilation cover all three builds.
const BUILDS = [
  { file: 'ephemera.wasm', constant: 'WASM_BASE64', source: 'wasm-base64.ts' },
  { file: 'ephemera.simd.wasm', constant: 'WASM_SIMD_BASE64', source: 'wasm-base64.ts' },
  { file: 'ephemera.wide.wasm', constant: 'WASM_WIDE_BASE64', source: 'wasm-wide-base64.ts' },
].map((b) => ({ ...b, wasm: readFileSync(join(ROOT, 'build', b.file)) }));
const V8_BUILDS = BUILDS.slice(0, 2);
const recorded = new Map(readFileSync(join(ROOT, 'assembly/wasm.sha256'), 'utf8').trim().split('\n')
  .map((line) => line.split(/\s+/).reverse() as [string, string]));

describe.each(V8_BUILDS)('kernel build $file (compiled)', ({ wasm }) => {
  test('has no imports and exports its memory', () => {
    const mod = new WebAssembly.Module(wasm);
    expect(WebAssembly.Module.imports(mod)).toEqual([]);
    expect(WebAssembly.Module.exports(mod).find((e) => e.name === 'memory')?.kind).toBe('memory');
  });

  test('has fixed-size memory: it cannot grow, so views over it never detach', async () => {
    const { instance } = await WebAssembly.instantiate(wasm, {});
    const memory = instance.exports.memory as WebAssembly.Memory;
    expect(() => memory.grow(1)).toThrow(RangeError);
  });
});

describe.each(BUILDS)('kernel build $file', ({ file, constant, source, wasm }) => {
  test('is byte-for-byte the build recorded in assembly/wasm.sha256 (toolchain drift check)', () => {
    expect(createHash('sha256').update(wasm).digest('hex')).toBe(recorded.get(`build/${file}`));
  });

  test('is the same bytes in dist/ and in the embedded base64', () => {
    expect(readFileSync(join(ROOT, 'dist', file)).equals(wasm)).toBe(true);
    const embedded = readFileSync(join(ROOT, 'bindings', source), 'utf8');
    const b64 = embedded.match(new RegExp(`${constant} =\\s*'([A-Za-z0-9+/=]+)'`))![1]!;
    expect(Buffer.from(b64, 'base64').equals(wasm)).toBe(true);
  });

  test('fits the size budget (performance.md P8: gzip ≤ 48 KiB)', () => {
    expect(gzipSync(wasm, { level: 9 }).length).toBeLessThanOrEqual(48 * 1024);
  });
});

test('both builds export the same functions', () => {
  const names = (w: Buffer) => WebAssembly.Module.exports(new WebAssembly.Module(w)).map((e) => `${e.kind}:${e.name}`).sort();
  expect(names(BUILDS[1]!.wasm)).toEqual(names(BUILDS[0]!.wasm));
});

describe('facade ↔ kernel', () => {
  test('a kernel built for another ABI is refused with ERR_WASM_ABI_MISMATCH', async () => {
    const { kernelExports } = await import(join(ROOT, 'dist/src/wasm/instance.js'));
    const fake = { exports: { ABI_VERSION: new WebAssembly.Global({ value: 'i32', mutable: false }, 99) } };
    expect(() => kernelExports(fake)).toThrow(expect.objectContaining({ code: 'ERR_WASM_ABI_MISMATCH' }));
  });

  test('a kernel trap becomes ERR_WASM_TRAP with every region wiped, and the kernel keeps working', async () => {
    await lib.ready();
    const { kernels } = await import(join(ROOT, 'dist/src/wasm/engine.js'));
    const { current } = await import(join(ROOT, 'dist/src/engine.js'));
    const activeKernel = kernels.get(current().active).kernel;
    lib.hmac('sha256', new Uint8Array(200).fill(7), new Uint8Array(10));
    let error: unknown;
    try {
      activeKernel.run((k: { x: { hash_update(a: number, p: number, n: number): void; hash_init(a: number): void } }) => {
        k.x.hash_init(0);
        k.x.hash_update(0, 0xffff_ff00, 4096); // out of bounds: traps
      });
    } catch (err) {
      error = err;
    }
    expect(lib.EphemeraError.is(error, 'ERR_WASM_TRAP')).toBe(true);
    const live = testing.kernelMemory()!, fresh = await testing.pristineKernelMemory();
    expect(Buffer.compare(Buffer.from(live), Buffer.from(fresh))).toBe(0);
    expect(Buffer.from(lib.sha256(new TextEncoder().encode('abc'))).toString('hex'))
      .toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('Node specifics', () => {
  test('Buffers are accepted and results are plain Uint8Arrays, on the kernel and on the node:crypto route', async () => {
    await lib.ready();
    for (const n of [10, 1 << 20]) {
      const data = Buffer.alloc(n, 3);
      for (const out of [lib.sha256(data), lib.sha512(data), lib.hmac('sha256', Buffer.from('k'), data)]) {
        expect(out.constructor).toBe(Uint8Array);
      }
      expect(Buffer.from(lib.sha256(data)).equals(createHash('sha256').update(data).digest())).toBe(true);
    }
  });
});
