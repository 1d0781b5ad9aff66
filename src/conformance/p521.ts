// Conformance of the P-521 family: Wycheproof ECDH (SPKI, raw EC point and WebCrypto JWK encodings) and ECDSA
// secp521r1/SHA-512 (DER and IEEE P1363 signatures), recognized by `schema` + `algorithm`; and the reference
// implementation's primitives.json sections ec_keys, ec_pub_import, ecdh and ecdsa.
//
// Verdict policy (docs/conformance-policy-p521.md):
//   valid       must be accepted with the expected output (shared secret) / the signature must verify.
//   invalid     must be rejected: ecdh throws ERR_INVALID_KEY (bad point or scalar) or ERR_INVALID_ARGUMENT (wrong
//               length), the harness's decoder of the test encoding (SPKI, JWK) refuses it, or verify is false.
//   acceptable  either outcome passes, but an accepted case must give the expected output. Our choices: compressed
//               points are accepted (the SDK takes SEC 1 compressed keys); SPKI with explicit curve parameters and
//               BER-ish SPKI (flag InvalidAsn) are rejected by the strict harness decoder.
// SPKI and JWK are test encodings, not SDK inputs: the harness decodes them (strict DER, named curve secp521r1
// only; JWK kty EC, crv P-521, 66-byte coordinates) and hands the SDK the SEC 1 point it carries.
import { sha384 } from '@noble/hashes/sha2.js';
import { readTlv } from '../primitives/p521-formats.ts';
import { bytesToHex, diffHex, hexToBytes } from './hex.ts';
import type { Lib, Recognizer, VectorCase } from './types.ts';
import type { Entry, SectionCases } from './wickr-sections.ts';

interface WpTest { tcId: number; comment: string; result: 'valid' | 'invalid' | 'acceptable'; flags?: string[] }
interface WpGroup<T> { tests: T[]; [k: string]: unknown }
interface WpFile<T> { algorithm: string; schema: string; testGroups: WpGroup<T>[] }

const isFile = (json: unknown, schema: string, algorithm: string): boolean => {
  const j = json as Partial<WpFile<unknown>> | null;
  return typeof j === 'object' && j !== null && j.schema === schema && j.algorithm === algorithm && Array.isArray(j.testGroups);
};
const caseId = (t: WpTest) => `tcId ${t.tcId}${t.comment ? ` (${t.comment})` : ''}`;

/** Wycheproof private keys are hex integers (possibly with a leading 00, possibly short): 66 bytes big-endian. */
function scalar66(hex: string): Uint8Array | undefined {
  let b = hexToBytes(hex);
  while (b.length > 66 && b[0] === 0) b = b.subarray(1);
  if (b.length > 66) return undefined;
  const out = new Uint8Array(66);
  out.set(b, 66 - b.length);
  return out;
}

const OID_EC_PUBLIC_KEY = '2a8648ce3d0201';
const OID_SECP521R1 = '2b81040023';

/** Strict SPKI decoder: SEQUENCE { SEQUENCE { id-ecPublicKey, secp521r1 }, BIT STRING 00 ‖ point }. */
export function spkiPoint(der: Uint8Array): Uint8Array {
  const seq = readTlv(der, 0, 'spki');
  if (seq.tag !== 0x30 || seq.end !== der.length) throw new Error('spki: not one SEQUENCE');
  const alg = readTlv(seq.value, 0, 'spki algorithm');
  const bits = readTlv(seq.value, alg.end, 'spki key');
  if (alg.tag !== 0x30 || bits.tag !== 0x03 || bits.end !== seq.value.length) throw new Error('spki: bad structure');
  const oid = readTlv(alg.value, 0, 'spki oid');
  if (oid.tag !== 0x06 || bytesToHex(oid.value) !== OID_EC_PUBLIC_KEY) throw new Error('spki: not id-ecPublicKey');
  const params = readTlv(alg.value, oid.end, 'spki parameters');
  if (params.end !== alg.value.length) throw new Error('spki: trailing algorithm fields');
  if (params.tag !== 0x06) throw new Error('spki: explicit curve parameters are outside the SDK inputs');
  if (bytesToHex(params.value) !== OID_SECP521R1) throw new Error('spki: not secp521r1');
  if (bits.value.length < 1 || bits.value[0] !== 0) throw new Error('spki: unused bits in BIT STRING');
  return bits.value.subarray(1);
}

function b64url(s: unknown): Uint8Array {
  if (typeof s !== 'string' || !/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('jwk: not base64url');
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Strict JWK decoder: kty EC, crv P-521, 66-byte x and y → SEC 1 uncompressed point. */
export function jwkPoint(jwk: Record<string, unknown>): Uint8Array {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-521') throw new Error('jwk: not an EC P-521 key');
  const x = b64url(jwk.x), y = b64url(jwk.y);
  if (x.length !== 66 || y.length !== 66) throw new Error('jwk: coordinates must be 66 bytes');
  const out = new Uint8Array(133);
  out[0] = 4; out.set(x, 1); out.set(y, 67);
  return out;
}

const REJECT_CODES = new Set(['ERR_INVALID_KEY', 'ERR_INVALID_ARGUMENT']);

/** Run one ECDH case given a function that yields (private, public) or throws a harness decoding error. */
function ecdhVerdict(lib: Lib, t: WpTest & { shared: string }, inputs: () => [Uint8Array | undefined, Uint8Array]): string | undefined {
  let priv: Uint8Array | undefined, pub: Uint8Array;
  try {
    [priv, pub] = inputs();
  } catch (err) {
    return t.result === 'valid' ? `valid case refused by the harness decoder: ${(err as Error).message}` : undefined;
  }
  let shared: Uint8Array;
  try {
    if (!priv) throw Object.assign(new Error('private key longer than 66 bytes'), { code: 'ERR_INVALID_KEY' });
    shared = lib.p521.ecdh(priv, pub);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (!code || !REJECT_CODES.has(code)) return `threw ${String(code ?? err)} (expected ERR_INVALID_KEY or ERR_INVALID_ARGUMENT)`;
    return t.result === 'valid' ? `valid case rejected: ${(err as Error).message}` : undefined;
  }
  if (t.result === 'invalid') return `invalid case accepted (shared ${bytesToHex(shared).slice(0, 16)}…)`;
  return diffHex('shared', shared, t.shared);
}

interface EcdhTest extends WpTest { public: unknown; private: unknown; shared: string }

function ecdhRecognizer(schema: string, decode: (t: EcdhTest) => [Uint8Array | undefined, Uint8Array]): Recognizer {
  return {
    schema: (json) => `wycheproof/${schema.replace('.json', '')} (${(json as WpFile<unknown>).algorithm} secp521r1)`,
    matches: (json) => isFile(json, schema, 'ECDH'),
    cases: (json) => (json as WpFile<EcdhTest>).testGroups.flatMap((g) => g.tests.map((t): VectorCase => ({
      id: caseId(t),
      ...(g.curve === 'secp521r1' || g.curve === 'P-521' ? {} : { skip: `curve ${String(g.curve)} is not offered (ephemera implements P-521 only)` }),
      run: (lib) => ecdhVerdict(lib, t, () => decode(t)),
    }))),
  };
}

export const wycheproofEcdh = ecdhRecognizer('ecdh_test_schema_v1.json',
  (t) => [scalar66(t.private as string), spkiPoint(hexToBytes(t.public as string))]);
export const wycheproofEcdhPoint = ecdhRecognizer('ecdh_ecpoint_test_schema_v1.json',
  (t) => [scalar66(t.private as string), hexToBytes(t.public as string)]);
export const wycheproofEcdhWebcrypto = ecdhRecognizer('ecdh_webcrypto_test_schema_v1.json', (t) => {
  const priv = t.private as Record<string, unknown>;
  if (priv.kty !== 'EC' || priv.crv !== 'P-521') throw new Error('jwk: private key is not EC P-521');
  const d = b64url(priv.d);
  return [d.length === 66 ? d : undefined, jwkPoint(t.public as Record<string, unknown>)];
});

// --- ECDSA ---
interface SigTest extends WpTest { msg: string; sig: string }

function ecdsaRecognizer(schema: string, toRaw: (lib: Lib, sig: Uint8Array) => Uint8Array): Recognizer {
  return {
    schema: (json) => `wycheproof/${schema.replace('.json', '')} (${(json as WpFile<unknown>).algorithm} secp521r1 SHA-512)`,
    matches: (json) => isFile(json, schema, 'ECDSA'),
    cases: (json) => (json as WpFile<SigTest>).testGroups.flatMap((g) => {
      const key = g.publicKey as { curve?: string; uncompressed?: string };
      const skip = key?.curve !== 'secp521r1' ? `curve ${String(key?.curve)} is not offered (P-521 only)`
        : g.sha !== 'SHA-512' ? `${String(g.sha)} with P-521 is outside the protocol profile (every signature is SHA-512)` : undefined;
      return g.tests.map((t): VectorCase => ({
        id: caseId(t),
        ...(skip ? { skip } : {}),
        run(lib) {
          let ok: boolean;
          try {
            ok = lib.p521.verify(hexToBytes(key.uncompressed!), hexToBytes(t.msg), toRaw(lib, hexToBytes(t.sig)));
          } catch (err) {
            if ((err as { code?: string }).code !== 'ERR_DECODE') return `threw ${String((err as { code?: string }).code ?? err)}`;
            ok = false; // malformed DER: rejected by the strict parser
          }
          if (t.result === 'valid') return ok ? undefined : 'valid signature rejected';
          if (t.result === 'invalid') return ok ? 'invalid signature accepted' : undefined;
          return undefined;
        },
      }));
    }),
  };
}

export const wycheproofEcdsaDer = ecdsaRecognizer('ecdsa_verify_schema_v1.json', (lib, sig) => lib.p521Wire.signatureFromDer(sig));
export const wycheproofEcdsaP1363 = ecdsaRecognizer('ecdsa_p1363_verify_schema_v1.json', (_lib, sig) => sig);

// --- NIST ACVP ECDSA P-521 / SHA2-512 (vectors/acvp: keyver, sigver, siggen, detsiggen), by test-id prefix ---
interface AcvpTest { id: string; qx: string; qy: string; d: string; message: string; r: string; s: string; expected: string; reason?: string }
const ACVP: Record<string, RegExp> = {
  keyver: /^ECDSA-KeyVer-(1\.0|FIPS186-5)\//, sigver: /^ECDSA-SigVer-(1\.0|FIPS186-5)\//,
  siggen: /^ECDSA-SigGen-(1\.0|FIPS186-5)\//, detsiggen: /^DetECDSA-SigGen-FIPS186-5\//,
};
const acvpKind = (json: unknown): string | undefined => {
  const tests = (json as { tests?: AcvpTest[] } | null)?.tests;
  if (!Array.isArray(tests) || tests.length === 0) return undefined;
  return Object.keys(ACVP).find((k) => tests.every((t) => typeof t?.id === 'string' && ACVP[k]!.test(t.id)));
};
const point = (t: AcvpTest) => hexToBytes(`04${t.qx}${t.qy}`);

function acvpCase(kind: string, t: AcvpTest): VectorCase {
  return {
    id: t.id,
    run(lib) {
      if (kind === 'keyver') {
        let ok = true;
        try { lib.p521.decodePublicKey(point(t)); } catch (err) {
          if ((err as { code?: string }).code !== 'ERR_INVALID_KEY') return `threw ${String((err as { code?: string }).code ?? err)}`;
          ok = false;
        }
        return ok === (t.expected === 'pass') ? undefined : `public key ${ok ? 'accepted' : 'rejected'}, expected ${t.expected}`;
      }
      const sig = hexToBytes(t.r + t.s), msg = hexToBytes(t.message);
      if (kind === 'sigver') {
        const ok = lib.p521.verify(point(t), msg, sig);
        return ok === (t.expected === 'pass') ? undefined : `verify ${ok}, expected ${t.expected} (${t.reason ?? ''})`;
      }
      const fail = diffHex('d·G', lib.p521.getPublicKey(hexToBytes(t.d)), bytesToHex(point(t)));
      if (fail) return fail;
      if (kind === 'detsiggen') return diffHex('RFC 6979 signature r ‖ s', lib.p521.sign(hexToBytes(t.d), msg, { extraEntropy: false }), t.r + t.s);
      return lib.p521.verify(point(t), msg, sig) ? undefined : 'the server signature did not verify';
    },
  };
}

export const acvpEcdsa: Recognizer = {
  schema: (json) => `acvp/ECDSA P-521 SHA2-512 ${acvpKind(json)}`,
  matches: (json) => acvpKind(json) !== undefined,
  cases: (json) => {
    const kind = acvpKind(json)!;
    return (json as { tests: AcvpTest[] }).tests.map((t) => acvpCase(kind, t));
  },
};

export const P521_RECOGNIZERS: readonly Recognizer[] = [wycheproofEcdh, wycheproofEcdhPoint, wycheproofEcdhWebcrypto,
  wycheproofEcdsaDer, wycheproofEcdsaP1363, acvpEcdsa];

// --- primitives.json (vectors/wickr-c/README.md) ---

const h = (v: unknown) => hexToBytes(v as string);
function expectReject(what: string, fn: () => unknown, codes: readonly string[]): string | undefined {
  try { fn(); } catch (err) {
    const code = (err as { code?: string }).code;
    return code && codes.includes(code) ? undefined : `${what}: threw ${String(code ?? err)}, expected ${codes.join(' or ')}`;
  }
  return `${what}: accepted, expected ${codes.join(' or ')}`;
}

const ecKeys: SectionCases = (entries) => entries.map((e, i) => ({
  id: `ec_keys[${i}] ${String(e.label)}`,
  run(lib: Lib) {
    const d = h(e.private_scalar), pub = h(e.pub_data), der = h(e.pri_data);
    return diffHex('getPublicKey (0x00 ‖ SEC 1)', lib.p521Wire.encodePublicKey(lib.p521.getPublicKey(d)), e.pub_data as string)
      ?? diffHex('encodePrivateKey', lib.p521Wire.encodePrivateKey(d), e.pri_data as string)
      ?? diffHex('decodePrivateKey', lib.p521Wire.decodePrivateKey(der), e.private_scalar as string)
      ?? diffHex('decodePublicKey', lib.p521Wire.decodePublicKey(pub), (e.pub_data as string).slice(2));
  },
}));

const ecPubImport: SectionCases = (entries) => entries.map((e, i) => ({
  id: `ec_pub_import[${i}] ${String(e.label)}`,
  run(lib: Lib) {
    const input = h(e.input);
    if (!e.imports) return expectReject('import', () => lib.p521Wire.decodePublicKey(input), ['ERR_DECODE', 'ERR_INVALID_KEY']);
    return diffHex('re-serialized', lib.p521Wire.encodePublicKey(lib.p521Wire.decodePublicKey(input)), e.reserialized_pub_data as string);
  },
}));

const keysOf = (file: Readonly<Record<string, unknown>>) => (file.ec_keys ?? []) as Entry[];

const ecdhSection: SectionCases = (entries, file) => {
  const keys = keysOf(file);
  return entries.map((e, i) => ({
    id: `ecdh[${i}] keys ${String(e.local_key)} × ${String(e.peer_key)}`,
    run(lib: Lib) {
      const local = keys[e.local_key as number]!, peer = keys[e.peer_key as number]!;
      const pubOf = (k: Entry) => h(k.pub_data).subarray(1);
      return diffHex('shared', lib.p521.ecdh(h(local.private_scalar), pubOf(peer)), e.shared_secret as string)
        ?? (e.symmetric ? diffHex('shared (reversed)', lib.p521.ecdh(h(peer.private_scalar), pubOf(local)), e.shared_secret as string) : undefined);
    },
  }));
};

const HASH_NAME: Record<string, 'sha256' | 'sha384' | 'sha512'> = { SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' };

const ecdsaSection: SectionCases = (entries, file) => {
  const keys = keysOf(file);
  return entries.flatMap((e, i) => {
    const hash = HASH_NAME[e.hash as string]!;
    const key = keys[e.key as number]!, other = keys[((e.key as number) + 1) % keys.length]!;
    const codecs: VectorCase = {
      id: `ecdsa[${i}] ${String(e.hash)} container and DER codecs`,
      run(lib: Lib) {
        const raw = h(e.signature_raw_r_s);
        const parsed = lib.p521Wire.decodeSignature(h(e.signature_serialized));
        if (parsed.hash !== hash) return `decodeSignature: hash ${parsed.hash}, expected ${hash}`;
        return diffHex('decodeSignature', parsed.signature, e.signature_raw_r_s as string)
          ?? diffHex('signatureFromDer', lib.p521Wire.signatureFromDer(h(e.signature_der)), e.signature_raw_r_s as string)
          ?? diffHex('signatureToDer', lib.p521Wire.signatureToDer(raw), e.signature_der_from_raw as string)
          ?? diffHex('encodeSignature', lib.p521Wire.encodeSignature(raw, hash), e.signature_serialized as string);
      },
    };
    // SHA-512 entries use verify(message); SHA-256/384 entries (the container can name them) verifyDigest, with the
    // digest computed by the SDK (SHA-256) or @noble/hashes (SHA-384, which the SDK does not offer).
    const verify: VectorCase = {
      id: `ecdsa[${i}] ${String(e.hash)} verify`,
      run(lib: Lib) {
        const pub = h(key.pub_data).subarray(1), msg = h(e.message), raw = h(e.signature_raw_r_s);
        const check = (p: Uint8Array, m: Uint8Array, sig: Uint8Array) => hash === 'sha512' ? lib.p521.verify(p, m, sig)
          : lib.p521.verifyDigest(p, hash === 'sha256' ? lib.sha256(m) : sha384(m), sig);
        if (check(pub, msg, raw) !== e.verifies) return `verify: expected ${String(e.verifies)}`;
        const sig2 = lib.p521Wire.decodeSignature(lib.p521Wire.encodeSignature(raw, hash)).signature;
        if (check(pub, msg, sig2) !== e.verifies_after_serialize_parse) return 'verify after serialize/parse differs';
        const changed = msg.slice(); changed[0]! ^= 1;
        if (check(pub, changed, raw) !== e.verifies_modified_message) return 'verify of a modified message differs';
        if (check(h(other.pub_data).subarray(1), msg, raw) !== e.verifies_with_other_key) return 'verify with another key differs';
        return undefined;
      },
    };
    return [codecs, verify];
  });
};

/** primitives.json sections of this family (ecdh and ecdsa refer to ec_keys by index). */
export const P521_WICKR_SECTIONS: Readonly<Record<string, SectionCases>> = {
  ec_keys: ecKeys,
  ec_pub_import: ecPubImport,
  ecdh: ecdhSection,
  ecdsa: ecdsaSection,
};
