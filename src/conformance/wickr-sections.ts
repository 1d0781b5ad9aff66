// How a family contributes the sections it checks in the reference implementation's primitives.json.
import type { VectorCase } from './types.ts';

/** One entry of a primitives.json section (see vectors/wickr-c/README.md for each section's fields). */
export type Entry = Record<string, unknown> & { label?: string; note?: string };

/**
 * Turn a section's entries into cases; ids should start with `<section>[<index>]`. `file` is the whole parsed file,
 * for sections whose entries refer to another section (P-521 ecdh/ecdsa index into ec_keys).
 */
export type SectionCases = (entries: Entry[], file: Readonly<Record<string, unknown>>) => VectorCase[];
