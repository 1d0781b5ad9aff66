// A `.wasm` module import yields a compiled WebAssembly.Module (workerd / wrangler "CompiledWasm" rule).
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}
