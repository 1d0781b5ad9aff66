// Suites of the AES family, in run order.
import type { Suite } from '../../harness/suite.ts';
import { ctrSuite } from './ctr.suite.ts';
import { aesDifferentialSuite } from './differential.suite.ts';
import { gcmSuite } from './gcm.suite.ts';
import { aesZeroizeSuite } from './zeroize.suite.ts';

export const AES_SUITES: readonly Suite[] = [gcmSuite, ctrSuite, aesDifferentialSuite, aesZeroizeSuite];
