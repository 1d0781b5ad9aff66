// esbuild bundles of a job module for runtimes that cannot run TypeScript sources: Node 20, Chromium (the
// package's `default` condition, embedded kernel bytes) and workerd (`workerd` condition, kernel imported as a
// module).
import { build } from 'esbuild';

/** Bundle `entry` (exports `main`) into one ESM file. For workerd, `.wasm` imports stay external module imports. */
export async function bundle(entry, runtime, outfile) {
  const workerd = runtime === 'workerd', node = runtime === 'node';
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: workerd ? 'neutral' : node ? 'node' : 'browser',
    mainFields: ['module', 'main'],
    conditions: workerd ? ['workerd', 'worker', 'import'] : node ? ['node', 'import'] : ['browser', 'import'],
    target: 'es2022',
    logLevel: 'error',
    plugins: workerd ? [{
      name: 'wasm-module',
      setup(b) {
        // The kernel builds stay separate modules; miniflare serves them as CompiledWasm next to the bundle.
        b.onResolve({ filter: /\.wasm$/ }, (a) => ({ path: `./${a.path.split('/').pop()}`, external: true }));
      },
    }] : [],
  });
  return outfile;
}
