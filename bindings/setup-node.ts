// Side-effect module for the `node` export condition (Node, and Deno and Bun through their Node compatibility):
// embedded-bytes loader (with the `wide` build, which only Bun's engine accepts) plus node:crypto (hashing and AES)
// for the bulk routes of src/policy.ts.
import { configure } from '../src/binding.ts';
import { detectRuntime } from './detect.ts';
import { instantiateEmbedded, simdSupported } from './embedded.ts';
import { instantiateWide, wideSupported } from './embedded-wide.ts';
import { nodeNative, nodeNativeAes } from './node-native.ts';

configure({ runtime: detectRuntime(), instantiate: (v) => (v === 'wide' ? instantiateWide() : instantiateEmbedded(v)),
  simd: simdSupported(), wide: wideSupported(), native: nodeNative, nativeAes: nodeNativeAes });
