// Side-effect module for the `node` export condition (Node, and Deno and Bun through their Node compatibility):
// embedded-bytes loader plus node:crypto (hashing and AES) for the bulk routes of src/policy.ts.
import { configure } from '../src/binding.ts';
import { detectRuntime } from './detect.ts';
import { instantiateEmbedded, simdSupported } from './embedded.ts';
import { nodeNative, nodeNativeAes } from './node-native.ts';

configure({ runtime: detectRuntime(), instantiate: instantiateEmbedded, simd: simdSupported(), native: nodeNative,
  nativeAes: nodeNativeAes });
