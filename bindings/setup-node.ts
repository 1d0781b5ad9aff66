// Side-effect module for the `node` export condition (Node, and Deno and Bun through their Node compatibility):
// embedded-bytes loader plus node:crypto (hashing and AES-256-GCM) for the bulk routes of src/policy.ts.
import { configure } from '../src/binding.ts';
import { detectRuntime } from './detect.ts';
import { instantiateEmbedded } from './embedded.ts';
import { nodeNative, nodeNativeAes } from './node-native.ts';

configure({ runtime: detectRuntime(), instantiate: instantiateEmbedded, native: nodeNative, nativeAes: nodeNativeAes });
