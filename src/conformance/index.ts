// The conformance kit's runtime-neutral core (the CLI in bin/ephemera.js adds file reading and output).
export { checkFile, recognize, RECOGNIZERS } from './registry.ts';
export type { CaseIssue, FileReport, Lib, Recognizer, VectorCase } from './types.ts';
