// The `wide` kernel build from embedded bytes, for the Node-condition binding only (Node, Deno and Bun; Bun is the
// runtime whose engine accepts it and whose policy boots it): its ~120 KB of base64 stay out of the browser and
// workerd bundles. Same async instantiation as embedded.ts.
import { decodeBase64, engineAccepts } from './embedded.ts';
import { WASM_WIDE_BASE64 } from './wasm-wide-base64.ts';

export async function instantiateWide(): Promise<WebAssembly.Instance> {
  const { instance } = await WebAssembly.instantiate(decodeBase64(WASM_WIDE_BASE64), {});
  return instance;
}

// The smallest module using i64.mul_wide_u (wide-arithmetic proposal, opcode 0xfc 0x16): a function (i64, i64) →
// (i64, i64) applying it to its parameters. Validating it asks the engine whether it supports wide arithmetic.
const WIDE_PROBE = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 8, 1, 0x60, 2, 0x7e, 0x7e, 2, 0x7e, 0x7e,
  3, 2, 1, 0, 0x0a, 0x0a, 1, 8, 0, 0x20, 0, 0x20, 1, 0xfc, 0x16, 0x0b]);

/** True where the engine accepts wide arithmetic, i.e. where the `wide` build may be loaded. */
export function wideSupported(): boolean {
  return engineAccepts(WIDE_PROBE);
}
