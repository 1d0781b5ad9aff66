// Every runtime-neutral suite, in run order. Runners in test/run/ import this list.
import { asyncSuite } from './async.suite.ts';
import { differentialSuite } from './differential.suite.ts';
import { engineSuite, preReadySuite } from './engine.suite.ts';
import { errorsSuite } from './errors.suite.ts';
import { hkdfSuite } from './hkdf.suite.ts';
import { hmacSuite } from './hmac.suite.ts';
import { identifierSuite } from './identifier.suite.ts';
import { sha2Suite } from './sha2.suite.ts';
import { zeroizeSuite } from './zeroize.suite.ts';
import { AES_SUITES } from './aes/index.ts';
import { P521_SUITES } from './p521/index.ts';
import type { Suite } from '../harness/suite.ts';

export const SUITES: readonly Suite[] = [
  engineSuite, sha2Suite, hmacSuite, hkdfSuite, identifierSuite, asyncSuite, errorsSuite, differentialSuite, zeroizeSuite,
  ...AES_SUITES, ...P521_SUITES,
];

/** Suites that must run before ready() is called (each runtime's runner arranges that). */
export const PRE_READY_SUITES: readonly Suite[] = [preReadySuite];
