// The conformance CLI as users run it: recognition by content, counts, exit status, --json shape, and that a
// corrupted expected value is caught (the runner compares, it does not just run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin/ephemera.js');
const HKDF = join(ROOT, 'vectors/wycheproof/hkdf_sha256_test.json');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'conformance', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ephemera conformance', () => {
  test('--json prints exactly one object with the documented shape; all HKDF-SHA-256 cases pass', () => {
    const r = run('--json', HKDF);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(out).toMatchObject({ passed: 86, failed: 0, skipped: 0 });
    expect(out.files[0]).toMatchObject({ schema: expect.stringContaining('hkdf'), passed: 86, failed: 0, skipped: 0,
      failures: [], skips: [] });
  });

  test('a corrupted expected output is reported as that case failing, with exit status 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conf-'));
    const json = JSON.parse(readFileSync(HKDF, 'utf8'));
    const t = json.testGroups.flatMap((g: { tests: { result: string }[] }) => g.tests).find((x: { result: string }) => x.result === 'valid');
    t.okm = (t.okm[0] === '0' ? '1' : '0') + t.okm.slice(1);
    writeFileSync(join(dir, 'renamed-anything.json'), JSON.stringify(json));
    const r = run('--json', dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ passed: 85, failed: 1 });
    expect(out.files[0].failures[0].id).toContain(`tcId ${t.tcId}`);
  });

  test('an unknown file is reported as unrecognized and fails; broken JSON too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'conf-'));
    writeFileSync(join(dir, 'hkdf_sha256_test.json'), JSON.stringify({ hello: 'world' }));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const r = run('--json', dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { schema: string }) => f.schema).sort()).toEqual(['unreadable', 'unrecognized']);
    expect(out.failed).toBe(2);
  });

  test('human output has one row per file and ends with the total line', () => {
    const r = run(HKDF, join(ROOT, 'vectors/wycheproof/hmac_sha512_test.json'));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('260 passed, 0 failed');
    expect(lines.filter((l) => l.includes('wycheproof/'))).toHaveLength(2);
  });

  test('usage errors exit 2', () => {
    expect(run().status).toBe(2);
    expect(run('--runtime', 'netscape', HKDF).status).toBe(2);
  });
});
