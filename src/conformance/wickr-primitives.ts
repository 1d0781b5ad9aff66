// The reference implementation's primitive vectors (vectors/wickr-c/primitives.json; format in its README).
// Recognized by its set of sections. Each section is checked as the README describes; sections whose primitives
// ephemera does not implement yet are reported entry by entry as skips that name the missing capability.
import type { HashName } from '../engine.ts';
import { concatBytes } from '../bytes.ts';
import { diffHex, hexToBytes } from './hex.ts';
import type { Lib, Recognizer, VectorCase } from './types.ts';
import { AES_WICKR_SECTIONS } from './aes.ts';
import { P521_WICKR_SECTIONS } from './p521.ts';
import type { Entry, SectionCases } from './wickr-sections.ts';

type PrimitivesFile = Record<string, Entry[] | unknown>;

const REQUIRED = ['digest', 'hmac', 'hkdf', 'cipher', 'ec_keys', 'ecdh', 'ecdsa'];
const HASH: Record<string, HashName | undefined> = { SHA256: 'sha256', SHA512: 'sha512' };
const NO_SHA384 = 'SHA-384 is outside the protocol profile ephemera implements (SHA-256 and SHA-512)';

const hexOrEmpty = (v: unknown) => (v == null ? new Uint8Array(0) : hexToBytes(v as string));
const hexOrUndefined = (v: unknown) => (v == null ? undefined : hexToBytes(v as string));

const digest: SectionCases = (entries) => entries.map((e, i) => {
  const hash = HASH[e.hash as string];
  return {
    id: `digest[${i}] ${e.hash as string} input ${(e.input as string).length / 2} B${e.salt ? ' + salt' : ''}`,
    ...(hash ? {} : { skip: NO_SHA384 }),
    run(lib: Lib) {
      const input = hexToBytes(e.input as string), salt = hexOrEmpty(e.salt);
      const plain = diffHex('HASH(input ‖ salt)', lib[hash!](concatBytes(input, salt)), e.output as string);
      // The reference's salted digest is one round of the identifier hash when the hash is SHA-256.
      return plain ?? (hash === 'sha256' ? diffHex('hashIdentifier(input, salt, 1)',
        lib.hashIdentifier(input, salt, 1), e.output as string) : undefined);
    },
  };
});

const hmac: SectionCases = (entries) => entries.map((e, i) => {
  const hash = HASH[e.hash as string];
  return {
    id: `hmac[${i}] ${e.hash as string}`,
    ...(hash ? {} : { skip: NO_SHA384 }),
    run: (lib: Lib) => diffHex('hmac', lib.hmac(hash!, hexToBytes(e.key as string), hexToBytes(e.data as string)), e.output as string),
  };
});

// KDF ids (wire-format §2): 6/7/8 = HKDF-SHA-256/384/512 extract+expand, 9 = HKDF-SHA-512 expand only.
const hkdf: SectionCases = (entries) => entries.map((e, i) => {
  const id = e.kdf_id as number;
  return {
    id: `hkdf[${i}] kdf_id ${id} ${e.label ?? ''}`.trim(),
    ...(id === 7 ? { skip: NO_SHA384 } : {}),
    run(lib: Lib) {
      const ikm = hexToBytes(e.ikm as string), info = hexOrUndefined(e.info), L = e.output_size as number;
      if (id === 9) return diffHex('hkdfExpand', lib.hkdfExpand('sha512', ikm, info, L), e.output as string);
      const hash: HashName = id === 6 ? 'sha256' : 'sha512';
      return diffHex('hkdf', lib.hkdf(hash, ikm, hexOrUndefined(e.salt), info, L), e.output as string);
    },
  };
});

const SECTIONS: Record<string, SectionCases> = { digest, hmac, hkdf, ...AES_WICKR_SECTIONS, ...P521_WICKR_SECTIONS };

/** Sections not checked yet, with the capability each waits for. */
const PENDING: Record<string, string> = {
  scrypt: 'scrypt passphrase KDF', bcrypt: 'bcrypt (no protocol flow uses it)', ecdh_cipher: 'ECDH cipher context',
  passphrase_cipher: 'passphrase blobs', base32: 'base32 codec', fingerprint: 'fingerprints',
  dev_info: 'device info derivation',
};

export const wickrPrimitives: Recognizer = {
  schema: () => 'wickr-c/primitives',
  matches: (json) => typeof json === 'object' && json !== null &&
    REQUIRED.every((k) => Array.isArray((json as PrimitivesFile)[k])),
  cases(json) {
    const file = json as PrimitivesFile;
    const cases: VectorCase[] = [];
    for (const [name, value] of Object.entries(file)) {
      if (!Array.isArray(value)) continue;
      const section = SECTIONS[name];
      if (section) { cases.push(...section(value as Entry[], file)); continue; }
      const why = PENDING[name] ?? 'unknown section';
      value.forEach((_, i) => cases.push({ id: `${name}[${i}]`, skip: `not implemented yet: ${why}`, run: () => undefined }));
    }
    return cases;
  },
};
