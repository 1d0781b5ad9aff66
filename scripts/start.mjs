#!/usr/bin/env node
// `npm start`: until the relay lands, a short self-check demo of what ephemera can do today. Every value it
// prints is checked against a known answer from vectors/ (or against a second, independent computation), and it
// exits non-zero if any check fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as p from 'ephemera/primitives';

const ROOT = join(import.meta.dirname, '..');
const vectors = (f) => JSON.parse(readFileSync(join(ROOT, 'vectors', f), 'utf8'));
const hex = (b) => Buffer.from(b).toString('hex');
const short = (b) => `${hex(b).slice(0, 24)}…`;
const utf8 = (s) => new TextEncoder().encode(s);
let passed = 0, failed = 0;

function step(title, detail, ok) {
  ok ? passed++ : failed++;
  console.log(`${ok ? '✓' : '✗'} ${title}\n    ${detail.split('\n').join('\n    ')}`);
}

const t0 = performance.now();
await p.ready();
console.log(`ephemera self-check — engine: ${p.engine()}, kernel ready in ${(performance.now() - t0).toFixed(1)} ms\n`);

// 1. Identifiers leave the device only as salted multi-round hashes (white paper; spec/api.md).
const pinned = vectors('pinned/identifier-hash.json').cases.find((c) => c.rounds === 1000);
const salt = Buffer.from(pinned.salt.hex, 'hex');
const alice = p.hashIdentifier(utf8(pinned.identifier.utf8), salt, 1000);
step(`"${pinned.identifier.utf8}" hashed with 1000 rounds of salted SHA-256`, `→ ${hex(alice)}`, hex(alice) === pinned.expected);

// 2. A whole address book in one kernel call.
const contacts = Array.from({ length: 1000 }, (_, i) => utf8(`friend${i}@example.org`));
const t1 = performance.now();
const hashed = p.hashIdentifiers(contacts, salt, 1000);
const ms = performance.now() - t1;
const again = p.hashIdentifier(contacts[417], salt, 1000);
step('1000 contacts hashed in one batched call', `1 000 000 salted SHA-256 rounds in ${ms.toFixed(0)} ms (${(1000 / ms).toFixed(1)} M rounds/s); contact #417 → ${short(hashed[417])}`,
  hex(hashed[417]) === hex(again));

// 3. Key derivation as the protocol does it: HKDF over an exchange secret (RFC 5869 test case 1).
const rfc = vectors('rfc/rfc5869.json').tests[0];
const okm = p.hkdf('sha256', Buffer.from(rfc.ikm, 'hex'), Buffer.from(rfc.salt, 'hex'), Buffer.from(rfc.info, 'hex'), rfc.length);
step('HKDF-SHA-256 (RFC 5869 A.1)', `okm ${short(okm)}`, hex(okm) === rfc.okm);

// 4. FIPS 180-4 digests and the async path.
const abc = p.sha512(utf8('abc'));
const big = new Uint8Array(8 << 20).fill(0x61);
const t2 = performance.now();
const bigDigest = await p.sha256Async(big);
step('SHA-512("abc") and SHA-256 of 8 MiB', `sha512 ${short(abc)}\nsha256(8 MiB) in ${(performance.now() - t2).toFixed(0)} ms → ${short(bigDigest)}`,
  hex(abc) === vectors('rfc/fips180-4.json').tests.find((t) => t.hash === 'sha512' && t.ascii === 'abc').digest &&
  hex(bigDigest) === hex(p.sha256(big)));

// 5. AES-256-GCM: the NIST GCM specification's test case 16, then a message in the reference's cipher-result format.
const gcm = vectors('nist/gcm-spec-aes256.json').tests.find((t) => t.case === 16);
const h = (x) => Buffer.from(x, 'hex');
const sealed = p.aesGcm.encrypt(h(gcm.key), h(gcm.iv), h(gcm.plaintext), h(gcm.aad));
step(`AES-256-GCM, NIST test case 16 (kernel build: ${p.kernel()})`, `ciphertext ${short(sealed)} tag ${hex(sealed.subarray(-16))}`,
  hex(sealed) === gcm.ciphertext + gcm.tag);
const key = p.randomBytes(32);
const note = p.cipherResult.sealGcm(key, utf8('meet at noon; burn after reading'));
const tampered = note.slice(); tampered[tampered.length - 1] ^= 1;
let rejected = '';
try { p.cipherResult.open(key, tampered); } catch (err) { rejected = `${err.code}: ${err.message}`; }
step('a sealed note opens, and a one-bit change is refused', `cipher result ${note.length} B = 00 ‖ iv ‖ tag ‖ ct → "${new TextDecoder().decode(p.cipherResult.open(key, note))}"\ntampered → ${rejected}`,
  rejected.startsWith('ERR_DECRYPTION_FAILED'));

// 6. Bad input is a typed error, not a crash.
try {
  p.hkdf('sha256', utf8('x'), undefined, undefined, 9000);
  step('out-of-range HKDF length is refused', 'no error thrown', false);
} catch (err) {
  step('out-of-range HKDF length is refused', `${err.name} ${err.code}: ${err.message}`, p.EphemeraError.is(err, 'ERR_INVALID_ARGUMENT'));
}

console.log(`\nsummary: ${passed} checks passed, ${failed} failed. The relay and the messaging demo arrive with the protocol layer.`);
process.exit(failed === 0 ? 0 : 1);
