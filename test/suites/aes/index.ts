// Suites of the AES family. Filled in with the AES kernel.
import type { Suite } from '../../harness/suite.ts';

export const AES_SUITES: readonly Suite[] = [];
