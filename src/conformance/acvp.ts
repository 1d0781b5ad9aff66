// NIST ACVP known-answer files as extracted into vectors/acvp (see its README): SHA2-256/512 AFT and
// HMAC-SHA2-256/512 (tags truncated to macLen). Recognized by the ACVP algorithm prefix of their test ids.
import type { HashName } from '../engine.ts';
import { diffHex, hexToBytes } from './hex.ts';
import type { Recognizer, VectorCase } from './types.ts';

interface AcvpFile<T> { description: string; tests: T[] }
interface ShaTest { id: string; msg: string; len: number; md: string }
interface HmacTest { id: string; key: string; msg: string; mac: string; macLen: number }

function acvp(json: unknown, prefix: RegExp): boolean {
  const j = json as Partial<AcvpFile<{ id?: unknown }>> | null;
  return typeof j === 'object' && j !== null && Array.isArray(j.tests) && j.tests.length > 0 &&
    j.tests.every((t) => typeof t.id === 'string' && prefix.test(t.id));
}

const SHA = /^SHA2-(256|512)-1\.0\//;
const HMAC = /^HMAC-SHA2-(256|512)-[12]\.0\//;
const hashOf = (id: string, re: RegExp): HashName => (re.exec(id)![1] === '256' ? 'sha256' : 'sha512');

export const acvpSha2: Recognizer = {
  schema: (json) => `acvp/SHA2 AFT (${hashOf((json as AcvpFile<ShaTest>).tests[0]!.id, SHA)})`,
  matches: (json) => acvp(json, SHA),
  cases: (json) => (json as AcvpFile<ShaTest>).tests.map((t): VectorCase => ({
    id: t.id,
    ...(t.len % 8 !== 0 ? { skip: 'bit-oriented message (ephemera hashes whole bytes)' } : {}),
    run: (lib) => diffHex('md', lib[hashOf(t.id, SHA)](hexToBytes(t.msg)), t.md),
  })),
};

export const acvpHmac: Recognizer = {
  schema: (json) => `acvp/HMAC-SHA2 AFT (${hashOf((json as AcvpFile<HmacTest>).tests[0]!.id, HMAC)})`,
  matches: (json) => acvp(json, HMAC),
  cases: (json) => (json as AcvpFile<HmacTest>).tests.map((t): VectorCase => ({
    id: t.id,
    run: (lib) => diffHex('mac', lib.hmac(hashOf(t.id, HMAC), hexToBytes(t.key), hexToBytes(t.msg)).subarray(0, t.macLen / 8), t.mac),
  })),
};
