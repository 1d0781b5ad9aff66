// Side-effect module: registers the embedded-bytes loader (browsers, and any runtime without a more specific
// export condition). The SIMD build is used where WebAssembly.validate accepts SIMD128, the scalar one elsewhere.
import { configure } from '../src/binding.ts';
import { detectRuntime } from './detect.ts';
import { instantiateEmbedded, simdSupported } from './embedded.ts';

configure({ runtime: detectRuntime(), instantiate: instantiateEmbedded, simd: simdSupported() });
