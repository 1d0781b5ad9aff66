// Instantiates the kernel from bytes embedded in the bundle (base64, generated at build time by
// scripts/build.mjs). Works in Node, Deno, Bun and browsers and with every bundler; never used on workerd, which
// refuses to compile WebAssembly from bytes. Always the async `WebAssembly.instantiate`: Chromium forbids large
// synchronous compiles on the main thread.
import type { KernelVariant } from '../src/binding.ts';
import { WASM_BASE64, WASM_SIMD_BASE64 } from './wasm-base64.ts';

export function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function instantiateEmbedded(variant: KernelVariant): Promise<WebAssembly.Instance> {
  const bytes = decodeBase64(variant === 'simd' ? WASM_SIMD_BASE64 : WASM_BASE64);
  const { instance } = await WebAssembly.instantiate(bytes, {});
  return instance;
}

// The smallest module using a SIMD128 instruction (a function returning v128.const 0): validating it asks the
// engine whether it supports SIMD128 without compiling anything.
const SIMD_PROBE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7b, 3, 2, 1, 0,
  0x0a, 0x16, 1, 0x14, 0, 0xfd, 0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0b]);

/** True where the engine validates `probe`: a question about an instruction set that compiles nothing. */
export function engineAccepts(probe: Uint8Array<ArrayBuffer>): boolean {
  try {
    return WebAssembly.validate(probe);
  } catch {
    return false;
  }
}

/** True where the engine accepts SIMD128, i.e. where the `simd` build may be loaded. */
export function simdSupported(): boolean {
  return engineAccepts(SIMD_PROBE);
}
