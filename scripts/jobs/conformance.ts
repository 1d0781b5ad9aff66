// Conformance job: check already-parsed vector files against the package entry this runtime resolves.
// Run in-process by the CLI for Node and through scripts/runtimes/drive.mjs for the other runtimes.
import * as lib from 'ephemera/primitives';
import { checkFile, type FileReport } from '../../src/conformance/index.ts';

export interface ConformanceInput { files: { path: string; json: unknown }[] }

export async function main(input: ConformanceInput): Promise<{ engine: string; files: FileReport[] }> {
  await lib.ready();
  const files: FileReport[] = [];
  for (const f of input.files) files.push(await checkFile(f.path, f.json, lib));
  return { engine: lib.engine(), files };
}
