// Conformance recognizers and reference-vector sections of the AES family. Filled in with the AES kernel.
import type { Recognizer } from './types.ts';
import type { SectionCases } from './wickr-sections.ts';

export const AES_RECOGNIZERS: readonly Recognizer[] = [];
export const AES_WICKR_SECTIONS: Readonly<Record<string, SectionCases>> = {};
