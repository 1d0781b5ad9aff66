// Side-effect module: registers the embedded-bytes loader (browsers, and any runtime without a more specific
// export condition).
import { configure } from '../src/binding.ts';
import { detectRuntime } from './detect.ts';
import { instantiateEmbedded } from './embedded.ts';

configure({ runtime: detectRuntime(), instantiate: instantiateEmbedded });
