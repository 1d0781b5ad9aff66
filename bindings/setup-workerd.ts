// Side-effect module for the `workerd` / `worker` export conditions (Cloudflare Workers). workerd refuses to
// compile WebAssembly from bytes ("Wasm code generation disallowed by embedder"), so both builds of the kernel
// arrive as precompiled WebAssembly.Modules through module imports; wrangler and miniflare bundle `.wasm` imports as
// CompiledWasm. workerd's V8 always supports SIMD128, so the SIMD build serves; the scalar one stays available to
// setEngine('wasm', { kernel: 'scalar' }).
import { configure } from '../src/binding.ts';
import scalar from '../ephemera.wasm';
import simd from '../ephemera.simd.wasm';

configure({
  runtime: 'workerd',
  instantiate: (variant) => WebAssembly.instantiate(variant === 'simd' ? simd : scalar, {}),
  simd: true,
});
