// Instantiates the kernel from bytes embedded in the bundle (base64, generated at build time by
// scripts/build.mjs). Works in Node, Deno, Bun and browsers and with every bundler; never used on workerd, which
// refuses to compile WebAssembly from bytes. Always the async `WebAssembly.instantiate`: Chromium forbids large
// synchronous compiles on the main thread.
import { WASM_BASE64 } from './wasm-base64.ts';

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function instantiateEmbedded(): Promise<WebAssembly.Instance> {
  const { instance } = await WebAssembly.instantiate(decodeBase64(WASM_BASE64) as Uint8Array<ArrayBuffer>, {});
  return instance;
}
