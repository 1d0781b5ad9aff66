// Recognize a parsed vector file by its content and run every case against the injected primitives.
import { acvpHmac, acvpSha2 } from './acvp.ts';
import { AES_RECOGNIZERS } from './aes.ts';
import { P521_RECOGNIZERS } from './p521.ts';
import type { FileReport, Lib, Recognizer } from './types.ts';
import { wickrPrimitives } from './wickr-primitives.ts';
import { wycheproofHkdf, wycheproofMac } from './wycheproof.ts';

export const RECOGNIZERS: readonly Recognizer[] = [wycheproofHkdf, wycheproofMac, acvpSha2, acvpHmac, ...AES_RECOGNIZERS,
  ...P521_RECOGNIZERS, wickrPrimitives];

export function recognize(json: unknown): Recognizer | undefined {
  return RECOGNIZERS.find((r) => r.matches(json));
}

/** Check one file. An unrecognized file is a failure of the file itself, never a pass. */
export async function checkFile(path: string, json: unknown, lib: Lib): Promise<FileReport> {
  const recognizer = recognize(json);
  const report: FileReport = { path, schema: recognizer?.schema(json) ?? 'unrecognized', passed: 0, failed: 0,
    skipped: 0, failures: [], skips: [] };
  if (!recognizer) {
    report.failed = 1;
    report.failures.push({ id: '(file)', reason: 'not a vector format the conformance kit knows' });
    return report;
  }
  for (const c of recognizer.cases(json)) {
    if (c.skip !== undefined) { report.skipped++; report.skips.push({ id: c.id, reason: c.skip }); continue; }
    let reason: string | undefined;
    try {
      reason = await c.run(lib);
    } catch (err) {
      reason = `threw ${(err as Error)?.name ?? 'error'}: ${(err as Error)?.message ?? String(err)}`;
    }
    if (reason === undefined) report.passed++;
    else { report.failed++; report.failures.push({ id: c.id, reason }); }
  }
  return report;
}
