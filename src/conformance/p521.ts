// Conformance recognizers and reference-vector sections of the P-521 family. Filled in with the P-521 kernel.
import type { Recognizer } from './types.ts';
import type { SectionCases } from './wickr-sections.ts';

export const P521_RECOGNIZERS: readonly Recognizer[] = [];
export const P521_WICKR_SECTIONS: Readonly<Record<string, SectionCases>> = {};
