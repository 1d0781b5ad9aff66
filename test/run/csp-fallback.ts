// Chromium job loaded under a Content-Security-Policy without 'wasm-unsafe-eval': WebAssembly cannot be
// instantiated, so ready() must fall back to the reference engine, transparently and with identical results.
import * as lib from 'ephemera/primitives';
import * as testing from 'ephemera/testing';
import fips from '../../vectors/rfc/fips180-4.json' with { type: 'json' };
import { runAll, type Report } from '../harness/runner.ts';
import * as assert from '../harness/assert.ts';
import { utf8 } from '../harness/data.ts';
import type { Suite } from '../harness/suite.ts';

const fallback: Suite = {
  name: 'CSP without wasm-unsafe-eval',
  modes: ['default'],
  register(t) {
    t.test('WebAssembly is really refused on this page', async () => {
      let refused = false;
      try { await WebAssembly.instantiate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), {}); } catch { refused = true; }
      assert.ok(refused, 'instantiate succeeded: the CSP did not apply');
    });
    t.test('ready() resolves with the reference engine', async () => {
      await lib.ready();
      assert.equal(lib.engine(), 'reference', 'engine()');
    });
    t.test("setEngine('wasm') reports ERR_WASM_UNAVAILABLE", async () => {
      await assert.rejectsCode(() => lib.setEngine('wasm'), 'ERR_WASM_UNAVAILABLE', 'setEngine');
    });
    t.test('the primitives still give the FIPS 180-4 answers', () => {
      for (const v of fips.tests) assert.bytes(lib[v.hash as 'sha256'](utf8(v.ascii.repeat(v.repeat))), v.digest, v.note);
    });
  },
};

export async function main(): Promise<Report> {
  // Only the default mode: setEngine('wasm') is impossible here by design.
  return runAll(lib, testing, 'chromium', [], [fallback], []);
}
