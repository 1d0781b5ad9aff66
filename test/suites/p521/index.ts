// Suites of the P-521 family.
import type { Suite } from '../../harness/suite.ts';
import { p521ApiSuite } from './api.suite.ts';
import { p521BuildsSuite } from './builds.suite.ts';
import { p521EcdsaSuite } from './ecdsa.suite.ts';
import { p521FanoutSuite } from './fanout.suite.ts';
import { p521ScalarMultSuite } from './scalar-mult.suite.ts';
import { p521VectorsSuite } from './vectors.suite.ts';
import { p521ZeroizeSuite } from './zeroize.suite.ts';

export const P521_SUITES: readonly Suite[] = [p521VectorsSuite, p521ScalarMultSuite, p521EcdsaSuite, p521FanoutSuite,
  p521ApiSuite, p521ZeroizeSuite, p521BuildsSuite];
