// Wycheproof `testvectors_v1` files (C2SP/wycheproof): HKDF and HMAC. Recognized by `schema` + `algorithm`.
// Verdicts: "valid" must succeed with the expected output; "invalid" must be rejected (HKDF: the typed
// ERR_INVALID_ARGUMENT for an impossible length; HMAC: the computed tag must differ from the given one).
// These two families have no "acceptable" cases.
import type { HashName } from '../engine.ts';
import { diffHex, expectCode, hexToBytes } from './hex.ts';
import type { Recognizer, VectorCase } from './types.ts';

interface WycheproofTest { tcId: number; comment: string; result: 'valid' | 'invalid' | 'acceptable'; flags?: string[] }
interface WycheproofGroup<T> { tests: T[]; [k: string]: unknown }
interface WycheproofFile<T> { algorithm: string; schema: string; testGroups: WycheproofGroup<T>[] }

function isWycheproof(json: unknown, schema: string): json is WycheproofFile<WycheproofTest> {
  const j = json as Partial<WycheproofFile<unknown>> | null;
  return typeof j === 'object' && j !== null && j.schema === schema && Array.isArray(j.testGroups) &&
    typeof j.algorithm === 'string';
}

const caseId = (t: WycheproofTest) => `tcId ${t.tcId}${t.comment ? ` (${t.comment})` : ''}`;

// --- HKDF ---
interface HkdfTest extends WycheproofTest { ikm: string; salt: string; info: string; size: number; okm: string }
const HKDF_ALGS: Record<string, HashName> = { 'HKDF-SHA-256': 'sha256', 'HKDF-SHA-512': 'sha512' };

export const wycheproofHkdf: Recognizer = {
  schema: (json) => `wycheproof/hkdf_test_schema_v1 (${(json as WycheproofFile<unknown>).algorithm})`,
  matches: (json) => isWycheproof(json, 'hkdf_test_schema_v1.json'),
  cases(json) {
    const file = json as WycheproofFile<HkdfTest>;
    const hash = HKDF_ALGS[file.algorithm];
    return file.testGroups.flatMap((g) => g.tests.map((t): VectorCase => ({
      id: caseId(t),
      ...(hash ? {} : { skip: `${file.algorithm} is not offered by ephemera (HKDF-SHA-256 and HKDF-SHA-512 are)` }),
      run(lib) {
        const args = () => lib.hkdf(hash!, hexToBytes(t.ikm), hexToBytes(t.salt), hexToBytes(t.info), t.size);
        if (t.result === 'valid') return diffHex('okm', args(), t.okm);
        return expectCode('invalid case', 'ERR_INVALID_ARGUMENT', args);
      },
    })));
  },
};

// --- HMAC ---
interface MacTest extends WycheproofTest { key: string; msg: string; tag: string }
const MAC_ALGS: Record<string, HashName> = { HMACSHA256: 'sha256', HMACSHA512: 'sha512' };

export const wycheproofMac: Recognizer = {
  schema: (json) => `wycheproof/mac_test_schema_v1 (${(json as WycheproofFile<unknown>).algorithm})`,
  matches: (json) => isWycheproof(json, 'mac_test_schema_v1.json'),
  cases(json) {
    const file = json as WycheproofFile<MacTest>;
    const hash = MAC_ALGS[file.algorithm];
    return file.testGroups.flatMap((g) => g.tests.map((t): VectorCase => ({
      id: caseId(t),
      ...(hash ? {} : { skip: `${file.algorithm} is not offered by ephemera (HMAC-SHA-256 and HMAC-SHA-512 are)` }),
      run(lib) {
        const tagBytes = (g.tagSize as number) / 8;
        const tag = lib.hmac(hash!, hexToBytes(t.key), hexToBytes(t.msg)).subarray(0, tagBytes);
        const mismatch = diffHex('tag', tag, t.tag);
        if (t.result === 'valid') return mismatch;
        return mismatch ? undefined : 'invalid case: the given tag verified';
      },
    })));
  },
};
