// Conformance recognizers and reference-vector sections of the AES family.
//
// Wycheproof `aead_test_schema_v1` files with algorithm AES-GCM (recognized by schema + algorithm, never by name).
// ephemera implements AES-256 only (the protocol profile, wire-format.md §3.2), so cases with 128- or 192-bit keys
// are skipped with that reason. Verdicts:
//   valid      — encrypt must give ct ‖ tag exactly, and decrypt must give msg back;
//   invalid    — decrypt must be refused with ERR_DECRYPTION_FAILED (a modified tag or ciphertext) or, for inputs
//                the API cannot express (an empty IV), ERR_INVALID_ARGUMENT — from encrypt as well;
//   acceptable — (none in the current file) either outcome, but a successful decrypt must give msg.
// Output of a refused decrypt is never inspected: there is none.
//
// primitives.json sections (vectors/wickr-c/README.md): `cipher` (AES-256-GCM and AES-256-CTR with the serialized
// key and cipher result) and `cipher_result_parse` (parser edge cases).
import { concatBytes } from '../bytes.ts';
import { bytesToHex, diffHex, expectCode, hexToBytes } from './hex.ts';
import type { Lib, Recognizer, VectorCase } from './types.ts';
import type { Entry, SectionCases } from './wickr-sections.ts';

// --- Wycheproof AES-GCM ---

interface AeadTest {
  tcId: number; comment: string; flags?: string[]; result: 'valid' | 'invalid' | 'acceptable';
  key: string; iv: string; aad: string; msg: string; ct: string; tag: string;
}
interface AeadGroup { keySize: number; ivSize: number; tagSize: number; tests: AeadTest[] }
interface AeadFile { algorithm: string; schema: string; testGroups: AeadGroup[] }

const isAesGcmFile = (json: unknown): json is AeadFile => {
  const j = json as Partial<AeadFile> | null;
  return typeof j === 'object' && j !== null && j.schema === 'aead_test_schema_v1.json' && j.algorithm === 'AES-GCM' &&
    Array.isArray(j.testGroups);
};

function caseId(t: AeadTest, g: AeadGroup): string {
  const flags = t.flags?.length ? ` [${t.flags.join(', ')}]` : '';
  return `tcId ${t.tcId} (AES-${g.keySize}, iv ${g.ivSize} bits${t.comment ? `, ${t.comment}` : ''})${flags}`;
}

function skipReason(g: AeadGroup): string | undefined {
  if (g.keySize !== 256) return `AES-${g.keySize} key: ephemera implements AES-256 only (the protocol's cipher)`;
  if (g.tagSize !== 128) return `${g.tagSize}-bit tag: ephemera uses the full 128-bit GCM tag only`;
  return undefined;
}

function runAead(lib: Lib, t: AeadTest): string | undefined {
  const key = hexToBytes(t.key), iv = hexToBytes(t.iv), aad = hexToBytes(t.aad), msg = hexToBytes(t.msg);
  const sealed = concatBytes(hexToBytes(t.ct), hexToBytes(t.tag));
  if (t.result === 'valid') {
    return diffHex('encrypt', lib.aesGcm.encrypt(key, iv, msg, aad), t.ct + t.tag) ??
      diffHex('decrypt', lib.aesGcm.decrypt(key, iv, sealed, aad), t.msg);
  }
  if (iv.length === 0) {
    return expectCode('encrypt with an empty IV', 'ERR_INVALID_ARGUMENT', () => lib.aesGcm.encrypt(key, iv, msg, aad)) ??
      expectCode('decrypt with an empty IV', 'ERR_INVALID_ARGUMENT', () => lib.aesGcm.decrypt(key, iv, sealed, aad));
  }
  if (t.result === 'invalid') {
    return expectCode('invalid case', 'ERR_DECRYPTION_FAILED', () => lib.aesGcm.decrypt(key, iv, sealed, aad));
  }
  try { // acceptable
    return diffHex('decrypt (acceptable case)', lib.aesGcm.decrypt(key, iv, sealed, aad), t.msg);
  } catch (err) {
    return (err as { code?: string })?.code === 'ERR_DECRYPTION_FAILED' ? undefined
      : `acceptable case threw ${String((err as { code?: string })?.code ?? err)}`;
  }
}

export const wycheproofAesGcm: Recognizer = {
  schema: (json) => `wycheproof/aead_test_schema_v1 (${(json as AeadFile).algorithm})`,
  matches: isAesGcmFile,
  cases(json) {
    return (json as AeadFile).testGroups.flatMap((g) => g.tests.map((t): VectorCase => {
      const skip = skipReason(g);
      return { id: caseId(t, g), ...(skip ? { skip } : {}), run: (lib) => runAead(lib, t) };
    }));
  },
};

export const AES_RECOGNIZERS: readonly Recognizer[] = [wycheproofAesGcm];

// --- wickr-c primitives.json: cipher and cipher_result_parse ---

/** One `cipher` entry: the encryption, the serialized key, the cipher result both ways, and the round trip. */
function checkCipher(lib: Lib, e: Entry): string | undefined {
  const id = e.cipher_id as number, key = hexToBytes(e.key as string), iv = hexToBytes(e.iv as string);
  const pt = hexToBytes(e.plaintext as string), aad = e.aad == null ? undefined : hexToBytes(e.aad as string);
  const serialized = hexToBytes(e.cipher_result_serialized as string);
  const keyHex = bytesToHex(concatBytes(Uint8Array.of(id), key));
  if (keyHex !== e.key_serialized) return `key_serialized: expected ${e.key_serialized as string}, got ${keyHex}`;
  let enc: string | undefined;
  if (e.cipher === 'AES-256-GCM' && id === lib.CIPHER_ID.aes256gcm) {
    enc = diffHex('aesGcm.encrypt', lib.aesGcm.encrypt(key, iv, pt, aad), `${e.ciphertext as string}${e.tag as string}`) ??
      diffHex('cipherResult.sealGcm', lib.cipherResult.sealGcm(key, pt, { iv, aad }), e.cipher_result_serialized as string);
  } else if (e.cipher === 'AES-256-CTR' && id === lib.CIPHER_ID.aes256ctr) {
    enc = diffHex('aesCtr', lib.aesCtr(key, iv, pt), e.ciphertext as string) ??
      diffHex('cipherResult.wrapCtr', lib.cipherResult.wrapCtr(key, pt, { iv }), e.cipher_result_serialized as string);
  } else {
    return `unexpected cipher ${String(e.cipher)} with id ${id}`;
  }
  if (enc) return enc;
  const parsed = lib.cipherResult.decode(serialized);
  const reencoded = diffHex('cipherResult.encode(decode(x))', lib.cipherResult.encode(parsed), e.cipher_result_serialized as string);
  if (reencoded) return reencoded;
  if (e.roundtrip_ok !== true) return 'the file records a failed round trip; ephemera has no such case';
  return diffHex('cipherResult.open', lib.cipherResult.open(key, serialized, { aad, authenticatedOnly: id === 0 }), e.plaintext as string);
}

const cipher: SectionCases = (entries) => entries.map((e, i) => ({
  id: `cipher[${i}] ${e.cipher as string} ${(e.plaintext as string).length / 2} B${e.aad ? ' + aad' : ''}`,
  run: (lib: Lib) => checkCipher(lib, e),
}));

/** One `cipher_result_parse` entry: accept/refuse exactly as the reference, with the same parts. */
function checkParse(lib: Lib, e: Entry): string | undefined {
  const input = hexToBytes(e.input as string);
  if (e.parses !== true) return expectCode('parse', 'ERR_DECODE', () => lib.cipherResult.decode(input));
  const r = lib.cipherResult.decode(input);
  if (r.cipherId !== e.cipher_id) return `cipher_id: expected ${String(e.cipher_id)}, got ${r.cipherId}`;
  const tag = r.tag ?? new Uint8Array(0);
  const diff = diffHex('iv', r.iv, e.iv as string) ?? diffHex('tag', tag, (e.tag as string | null) ?? '') ??
    diffHex('ciphertext', r.ciphertext, (e.ciphertext as string | null) ?? '');
  if (diff) return diff;
  // A result without ciphertext parses but can never be decrypted (wire-format.md §3.2).
  if (r.ciphertext.length === 0) {
    return expectCode('open with no ciphertext', 'ERR_DECRYPTION_FAILED',
      () => lib.cipherResult.open(new Uint8Array(32), input, { authenticatedOnly: false }));
  }
  return undefined;
}

const cipherResultParse: SectionCases = (entries) => entries.map((e, i) => ({
  id: `cipher_result_parse[${i}] ${e.label ?? ''}`.trim(),
  run: (lib: Lib) => checkParse(lib, e),
}));

export const AES_WICKR_SECTIONS: Readonly<Record<string, SectionCases>> = { cipher, cipher_result_parse: cipherResultParse };
