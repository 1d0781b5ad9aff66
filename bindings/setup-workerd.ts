// Side-effect module for the `workerd` / `worker` export conditions (Cloudflare Workers). workerd refuses to
// compile WebAssembly from bytes ("Wasm code generation disallowed by embedder"), so the kernel arrives as a
// precompiled WebAssembly.Module through a module import; wrangler and miniflare bundle the .wasm as CompiledWasm.
import { configure } from '../src/binding.ts';
import kernel from '../ephemera.wasm';

configure({ runtime: 'workerd', instantiate: () => WebAssembly.instantiate(kernel, {}) });
