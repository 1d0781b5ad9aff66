// Packaging checks: src/ is runtime-neutral, the browser bundle has no node: import, the workerd bundle never
// carries or compiles kernel bytes, and every path of the exports map exists.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const RUNTIME_GLOBALS = /\b(?:process|Buffer|Deno|Bun|require)\b/;

async function bundleText(entry: string | { code: string }, options: Record<string, unknown>): Promise<{ text: string; imports: string[] }> {
  const input = typeof entry === 'string' ? { entryPoints: [join(ROOT, entry)] }
    : { stdin: { contents: entry.code, resolveDir: ROOT, loader: 'ts' as const, sourcefile: 'app.ts' } };
  const result = await build({ ...input, bundle: true, write: false, format: 'esm',
    minify: true, legalComments: 'none', metafile: true, logLevel: 'silent', ...options });
  const imports = Object.values(result.metafile!.inputs).flatMap((i) => i.imports.map((x) => x.path));
  return { text: result.outputFiles[0]!.text, imports };
}

describe('src/ is runtime-neutral', () => {
  test('a neutral-platform bundle of every src entry imports no node: module and uses no runtime globals', async () => {
    for (const entry of ['src/index.ts', 'src/primitives.ts', 'src/testing.ts']) {
      const { text, imports } = await bundleText(entry, { platform: 'neutral', external: ['@noble/*'] });
      expect(imports.filter((p) => p.startsWith('node:')), entry).toEqual([]);
      expect(text.match(RUNTIME_GLOBALS)?.[0], `${entry} mentions a runtime global`).toBeUndefined();
    }
  });

  test('no src/ file imports from bindings/ or a runtime module', () => {
    const files = execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      expect(text, f).not.toMatch(/from ['"](?:node:|\.\.\/bindings|.*\.wasm['"])/);
    }
  });
});

describe('bindings', () => {
  test("the browser/default bundle of 'ephemera/primitives' has no node: import", async () => {
    const { imports } = await bundleText('dist/bindings/primitives.js', { platform: 'browser', conditions: ['browser'] });
    expect(imports.filter((p) => p.startsWith('node:'))).toEqual([]);
  });

  test('the workerd bundle imports both kernel builds as modules and carries no kernel bytes', async () => {
    const heads = [...readFileSync(join(ROOT, 'bindings/wasm-base64.ts'), 'utf8').matchAll(/'([A-Za-z0-9+/=]{64})/g)]
      .map((m) => m[1]!);
    expect(heads).toHaveLength(2);
    for (const entry of ['dist/bindings/workerd.js', 'dist/bindings/workerd-primitives.js']) {
      const { text, imports } = await bundleText(entry, { platform: 'neutral', conditions: ['workerd', 'worker'],
        external: ['*.wasm'] });
      expect(imports.some((p) => p.endsWith('/ephemera.wasm')), entry).toBe(true);
      expect(imports.some((p) => p.endsWith('/ephemera.simd.wasm')), entry).toBe(true);
      for (const head of heads) expect(text.includes(head), `${entry} embeds kernel base64`).toBe(false);
      expect(text.includes('atob('), `${entry} decodes base64`).toBe(false);
      expect(imports.filter((p) => p.startsWith('node:')), entry).toEqual([]);
    }
  });

  test('the package resolves the workerd entry for the workerd and worker conditions', () => {
    for (const sub of ['.', './primitives']) {
      expect(pkg.exports[sub].workerd).toMatch(/workerd/);
      expect(pkg.exports[sub].worker).toBe(pkg.exports[sub].workerd);
      expect(Object.keys(pkg.exports[sub])[0]).toBe('types');
      expect(Object.keys(pkg.exports[sub]).at(-1)).toBe('default');
    }
  });

  test('every path in the exports map exists after the build', () => {
    const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>)
      .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
    for (const t of targets) expect(existsSync(join(ROOT, t)), t).toBe(true);
  });

  test('the bindings are declared as side effects (bundlers must keep them)', () => {
    expect(pkg.sideEffects).toEqual(['./dist/bindings/*.js']);
  });

  test('a bundle using named imports only keeps the runtime binding, for every condition', async () => {
    const code = "import { ready, engine } from 'ephemera/primitives';\nexport const go = () => ready().then(engine);\n";
    for (const conditions of [['workerd', 'worker'], ['browser'], ['node'], []]) {
      const { text } = await bundleText({ code }, { platform: 'neutral', mainFields: ['module', 'main'],
        conditions, external: ['*.wasm', 'node:*'], minify: false });
      expect(text.includes('configure('), `conditions ${conditions.join(',') || 'default'}: binding dropped`).toBe(true);
    }
  });
});

describe('npm pack', () => {
  test('ships dist, the kernel, the CLI and the licence, and no tests or vectors', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'] });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const must of ['dist/ephemera.wasm', 'dist/ephemera.simd.wasm', 'dist/bindings/primitives.js', 'dist/bindings/workerd.js',
      'dist/bindings/primitives.d.ts', 'bin/ephemera.js', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, must).toContain(must);
    }
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('vectors/') || f.startsWith('assembly/'))).toEqual([]);
  });
});
