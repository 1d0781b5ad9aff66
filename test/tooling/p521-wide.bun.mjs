// Run in Bun by p521-field.test.ts: Bun is the test runtime whose engine accepts the wide build (i64.mul_wide_u),
// which Node's V8 rejects. Computes the wide field harness's products and squares of the cases the test sends, and
// describes the wide kernel build; the test compares everything with the scalar build in Node.
// Usage: bun p521-wide.bun.mjs <wide harness .wasm> <cases .json> <wide kernel .wasm> <scalar kernel .wasm>
import { readFileSync } from 'node:fs';

const [harnessPath, casesPath, kernelPath, scalarKernelPath] = process.argv.slice(2);
const { mul: pairs, sqr: singles } = JSON.parse(readFileSync(casesPath, 'utf8'));
const f = (await WebAssembly.instantiate(readFileSync(harnessPath), {})).instance.exports;
const A = 15 * 65536, B = A + 144, R = A + 288;
const put = (at, limbs) => { const v = new BigUint64Array(f.memory.buffer, at, 18); limbs.forEach((l, i) => { v[i] = BigInt(l); }); };
const get = (at) => Array.from(new BigUint64Array(f.memory.buffer, at, 18), String);

const mul = pairs.map(([a, b]) => { put(A, a); put(B, b); f.mul(R, A, B); return get(R); });
const sqr = singles.map((a) => { put(A, a); f.sqr(R, A); const r = get(R); f.sqr(A, A); return [r, get(A)]; });

const kernel = new WebAssembly.Module(readFileSync(kernelPath));
const names = (m) => WebAssembly.Module.exports(m).map((e) => `${e.kind}:${e.name}`).sort();
const memory = (await WebAssembly.instantiate(kernel, {})).exports.memory;
let grows = true;
try { memory.grow(1); } catch (e) { grows = !(e instanceof RangeError); }
console.log(JSON.stringify({
  mul, sqr,
  kernel: { imports: WebAssembly.Module.imports(kernel).length, grows,
    sameExports: names(kernel).join() === names(new WebAssembly.Module(readFileSync(scalarKernelPath))).join() },
}));
