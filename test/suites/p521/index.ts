// Suites of the P-521 family. Filled in with the P-521 kernel.
import type { Suite } from '../../harness/suite.ts';

export const P521_SUITES: readonly Suite[] = [];
