// AES-256-GCM: the GCM specification's AES-256 test cases (vectors/nist), every Wycheproof AES-GCM case with a
// 256-bit key (valid and invalid; 128/192-bit keys are counted skips), the reference implementation's `cipher` and
// `cipher_result_parse` vectors, tampering and truncation, argument errors, the async forms and the batches.
import nist from '../../../vectors/nist/gcm-spec-aes256.json' with { type: 'json' };
import wycheproof from '../../../vectors/wycheproof/aes_gcm_test.json' with { type: 'json' };
import wickr from '../../../vectors/wickr-c/primitives.json' with { type: 'json' };
import { wycheproofAesGcm } from '../../../src/conformance/aes.ts';
import { hexToBytes } from '../../../src/conformance/hex.ts';
import { wickrPrimitives } from '../../../src/conformance/wickr-primitives.ts';
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import { countingSkips, registerCases, type Suite } from '../../harness/suite.ts';

const H = hexToBytes;
/** Wycheproof aes_gcm_test.json holds 316 cases; 105 use 256-bit keys, the other 211 are skipped with a reason. */
const WYCHEPROOF_SKIPS = 211;

export const gcmSuite: Suite = {
  name: 'aes-gcm',
  modes: ['wasm', 'reference', 'default', 'scalar'],
  register(reg, { lib }) {
    const t = countingSkips(reg, WYCHEPROOF_SKIPS, 'aes-gcm');
    const { aesGcm } = lib;

    for (const v of nist.tests) {
      t.test(`GCM spec test case ${v.case} (iv ${v.iv.length / 2} B, aad ${v.aad.length / 2} B, ${v.plaintext.length / 2} B)`, async () => {
        const key = H(v.key), iv = H(v.iv), aad = H(v.aad), pt = H(v.plaintext), sealed = v.ciphertext + v.tag;
        assert.bytes(aesGcm.encrypt(key, iv, pt, aad), sealed, 'encrypt');
        assert.bytes(aesGcm.decrypt(key, iv, H(sealed), aad), pt, 'decrypt');
        assert.bytes(await aesGcm.encryptAsync(key, iv, pt, aad), sealed, 'encryptAsync');
        assert.bytes(await aesGcm.decryptAsync(key, iv, H(sealed), aad), pt, 'decryptAsync');
        if (v.aad === '') assert.bytes(aesGcm.encrypt(key, iv, pt), sealed, 'encrypt without the aad argument');
      });
    }

    registerCases(t, lib, wycheproofAesGcm.cases(wycheproof));
    registerCases(t, lib, wickrPrimitives.cases(wickr).filter((c) => /^cipher(_result_parse)?\[/.test(c.id)));

    t.test('every flipped bit of tag or ciphertext, and every truncation, is ERR_DECRYPTION_FAILED', async () => {
      const v = nist.tests[3]!, key = H(v.key), iv = H(v.iv), aad = H(v.aad), sealed = H(v.ciphertext + v.tag);
      for (let i = 0; i < sealed.length; i++) {
        const bad = sealed.slice();
        bad[i]! ^= 1 << (i % 8);
        assert.throwsCode(() => aesGcm.decrypt(key, iv, bad, aad), 'ERR_DECRYPTION_FAILED', `bit flip at byte ${i}`);
      }
      for (const n of [16, 17, 40, sealed.length - 1]) {
        assert.throwsCode(() => aesGcm.decrypt(key, iv, sealed.subarray(0, n), aad), 'ERR_DECRYPTION_FAILED', `truncated to ${n}`);
      }
      const other = (b: Uint8Array) => { const c = b.slice(); c[0]! ^= 0x80; return c; };
      assert.throwsCode(() => aesGcm.decrypt(other(key), iv, sealed, aad), 'ERR_DECRYPTION_FAILED', 'wrong key');
      assert.throwsCode(() => aesGcm.decrypt(key, other(iv), sealed, aad), 'ERR_DECRYPTION_FAILED', 'wrong iv');
      assert.throwsCode(() => aesGcm.decrypt(key, iv, sealed, other(aad)), 'ERR_DECRYPTION_FAILED', 'wrong aad');
      assert.throwsCode(() => aesGcm.decrypt(key, iv, sealed), 'ERR_DECRYPTION_FAILED', 'aad missing');
      const last = sealed.slice();
      last[last.length - 1]! ^= 0x40;
      await assert.rejectsCode(() => aesGcm.decryptAsync(key, iv, last, aad), 'ERR_DECRYPTION_FAILED', 'decryptAsync');
    });

    t.test('tampering is caught for messages larger than the IO window too (two-pass streamed decryption)', async () => {
      const key = pattern(32, 1), iv = pattern(12, 2), pt = pattern(300_000, 3), aad = pattern(70, 4);
      const sealed = aesGcm.encrypt(key, iv, pt, aad);
      assert.bytes(aesGcm.decrypt(key, iv, sealed, aad), pt, 'round trip');
      for (const at of [0, 262_143, 262_144, 299_999, 300_015]) {
        const bad = sealed.slice();
        bad[at]! ^= 2;
        assert.throwsCode(() => aesGcm.decrypt(key, iv, bad, aad), 'ERR_DECRYPTION_FAILED', `flip at ${at}`);
      }
      const bad = sealed.slice();
      bad[5]! ^= 2;
      await assert.rejectsCode(() => aesGcm.decryptAsync(key, iv, bad, aad), 'ERR_DECRYPTION_FAILED', 'decryptAsync');
    });

    t.test('wrong lengths and types are ERR_INVALID_ARGUMENT, naming the argument', async () => {
      const key = pattern(32, 5), iv = pattern(12, 6), pt = pattern(20, 7);
      const sealed = aesGcm.encrypt(key, iv, pt);
      for (const n of [0, 16, 24, 31, 33, 64]) {
        assert.throwsCode(() => aesGcm.encrypt(pattern(n, 1), iv, pt), 'ERR_INVALID_ARGUMENT', `key ${n} B`, '"key"');
        assert.throwsCode(() => aesGcm.decrypt(pattern(n, 1), iv, sealed), 'ERR_INVALID_ARGUMENT', `key ${n} B`, '"key"');
      }
      assert.throwsCode(() => aesGcm.encrypt(key, new Uint8Array(0), pt), 'ERR_INVALID_ARGUMENT', 'empty iv', '"iv"');
      assert.throwsCode(() => aesGcm.decrypt(key, new Uint8Array(0), sealed), 'ERR_INVALID_ARGUMENT', 'empty iv', '"iv"');
      assert.throwsCode(() => aesGcm.encrypt(key, new Uint8Array(65537), pt), 'ERR_INVALID_ARGUMENT', 'oversized iv', '"iv"');
      for (const n of [0, 1, 15]) {
        assert.throwsCode(() => aesGcm.decrypt(key, iv, sealed.subarray(0, n)), 'ERR_INVALID_ARGUMENT', `sealed ${n} B`, '"ciphertextAndTag"');
      }
      const notBytes = [undefined, null, 'abc', [1, 2, 3], new Uint16Array(16), 42];
      for (const x of notBytes) {
        assert.throwsCode(() => aesGcm.encrypt(x as never, iv, pt), 'ERR_INVALID_ARGUMENT', `key ${String(x)}`, '"key"');
        assert.throwsCode(() => aesGcm.encrypt(key, iv, x as never), 'ERR_INVALID_ARGUMENT', `plaintext ${String(x)}`, '"plaintext"');
        if (x !== undefined) assert.throwsCode(() => aesGcm.encrypt(key, iv, pt, x as never), 'ERR_INVALID_ARGUMENT', `aad ${String(x)}`, '"aad"');
      }
      await assert.rejectsCode(() => aesGcm.encryptAsync(key, new Uint8Array(0), pt), 'ERR_INVALID_ARGUMENT', 'async empty iv', '"iv"');
      await assert.rejectsCode(() => aesGcm.decryptAsync(key, iv, sealed.subarray(0, 15)), 'ERR_INVALID_ARGUMENT', 'async short', '"ciphertextAndTag"');
    });

    t.test('encryptMany / decryptMany: the GCM spec cases in one batch, and all or nothing on a bad tag', () => {
      const items = nist.tests.map((v) => ({ key: H(v.key), iv: H(v.iv), plaintext: H(v.plaintext), aad: H(v.aad) }));
      const sealed = aesGcm.encryptMany(items);
      assert.equal(sealed.length, items.length, 'results');
      sealed.forEach((s, i) => assert.bytes(s, nist.tests[i]!.ciphertext + nist.tests[i]!.tag, `item ${i}`));
      const opened = aesGcm.decryptMany(items.map((it, i) => ({ key: it.key, iv: it.iv, ciphertext: sealed[i]!, aad: it.aad })));
      opened.forEach((p, i) => assert.bytes(p, nist.tests[i]!.plaintext, `item ${i}`));
      sealed[4]![3]! ^= 1;
      assert.throwsCode(() => aesGcm.decryptMany(items.map((it, i) => ({ key: it.key, iv: it.iv, ciphertext: sealed[i]!, aad: it.aad }))),
        'ERR_DECRYPTION_FAILED', 'one bad item');
      assert.equal(aesGcm.encryptMany([]).length, 0, 'empty batch');
      assert.throwsCode(() => aesGcm.encryptMany([{ ...items[0]!, iv: new Uint8Array(0) }]), 'ERR_INVALID_ARGUMENT', 'bad item', 'items[0].iv');
      assert.throwsCode(() => aesGcm.encryptMany('x' as never), 'ERR_INVALID_ARGUMENT', 'not an array', '"items"');
    });

    t.test('batches larger than the IO window split across kernel calls, in order', () => {
      const items = Array.from({ length: 300 }, (_, i) => ({ key: pattern(32, i), iv: pattern(12, i + 1), plaintext: pattern(i * 11, i + 2),
        aad: pattern(i % 7, i + 3) }));
      items.push({ key: pattern(32, 9), iv: pattern(12, 8), plaintext: pattern(270_000, 7), aad: pattern(3, 6) });
      const sealed = aesGcm.encryptMany(items);
      items.forEach((it, i) => {
        if (i % 37 === 0 || i === items.length - 1) assert.bytes(sealed[i]!, aesGcm.encrypt(it.key, it.iv, it.plaintext, it.aad), `item ${i}`);
      });
      const opened = aesGcm.decryptMany(items.map((it, i) => ({ key: it.key, iv: it.iv, ciphertext: sealed[i]!, aad: it.aad })));
      opened.forEach((p, i) => assert.bytes(p, items[i]!.plaintext, `item ${i}`));
    });

    t.test('cipherResult: GCM tag before the ciphertext, decode errors, authenticated-only, empty ciphertexts', () => {
      const { cipherResult, CIPHER_ID } = lib;
      const v = nist.tests[2]!, key = H(v.key), iv = H(v.iv);
      const bytes = cipherResult.sealGcm(key, H(v.plaintext), { iv });
      assert.bytes(bytes, `00${v.iv}${v.tag}${v.ciphertext}`, 'layout id ‖ iv ‖ tag ‖ ciphertext');
      assert.bytes(cipherResult.open(key, bytes), v.plaintext, 'open');
      const r = cipherResult.decode(bytes);
      assert.equal(r.cipherId, CIPHER_ID.aes256gcm, 'cipherId');
      assert.bytes(r.tag!, v.tag, 'tag');
      assert.equal(cipherResult.sealGcm(key, H(v.plaintext)).length, bytes.length, 'random IV, same length');
      assert.throwsCode(() => cipherResult.decode(new Uint8Array(0)), 'ERR_DECODE', 'empty');
      assert.throwsCode(() => cipherResult.decode(Uint8Array.of(2, ...pattern(40, 1))), 'ERR_DECODE', 'unknown id');
      assert.throwsCode(() => cipherResult.decode(bytes.subarray(0, 28)), 'ERR_DECODE', 'too short');
      const bad = bytes.slice();
      bad[20]! ^= 1;
      assert.throwsCode(() => cipherResult.open(key, bad), 'ERR_DECRYPTION_FAILED', 'bad tag');
      const ctr = cipherResult.wrapCtr(key, pattern(33, 4), { iv: pattern(16, 5) });
      assert.throwsCode(() => cipherResult.open(key, ctr), 'ERR_DECRYPTION_FAILED', 'CTR refused by default');
      assert.bytes(cipherResult.open(key, ctr, { authenticatedOnly: false }), pattern(33, 4), 'CTR allowed explicitly');
      assert.throwsCode(() => cipherResult.open(key, bytes.subarray(0, 29)), 'ERR_DECRYPTION_FAILED', 'no ciphertext');
      assert.throwsCode(() => cipherResult.sealGcm(key, new Uint8Array(0)), 'ERR_INVALID_ARGUMENT', 'empty plaintext');
      assert.throwsCode(() => cipherResult.encode({ cipherId: 0, iv, ciphertext: pattern(3, 1) }), 'ERR_INVALID_ARGUMENT', 'GCM without tag', '"tag"');
    });
    t.close();
  },
};
