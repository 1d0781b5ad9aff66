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

// 6. P-521 as the reference implementation encodes it: its own ECDH vector (keys in their 223-byte DER and 134-byte
//    forms), then a signature in the 143-byte container.
const prims = vectors('wickr-c/primitives.json');
const v = prims.ecdh[0], keyA = prims.ec_keys[v.local_key], keyB = prims.ec_keys[v.peer_key];
const dA = p.p521Wire.decodePrivateKey(h(keyA.pri_data));
const ss = p.p521.ecdh(dA, p.p521Wire.decodePublicKey(h(keyB.pub_data)));
const back = p.p521.ecdh(p.p521Wire.decodePrivateKey(h(keyB.pri_data)), p.p521Wire.decodePublicKey(h(keyA.pub_data)));
step('P-521 ECDH on the reference implementation\'s keys (223-byte DER private, 134-byte public)',
  `shared X ${short(ss)} (66 bytes), same from both sides`, hex(ss) === v.shared_secret && hex(back) === v.shared_secret);
const packet = utf8('version 4 packet content');
const container = p.p521Wire.encodeSignature(p.p521.sign(dA, packet));
const { signature } = p.p521Wire.decodeSignature(container);
const pubA = p.p521.getPublicKey(dA);
const forged = packet.slice(); forged[0] ^= 1;
step('ECDSA-P521-SHA512 signature in the 143-byte container', `container ${short(container)} (${container.length} B)\nverifies: ${p.p521.verify(pubA, packet, signature)}, on a changed message: ${p.p521.verify(pubA, forged, signature)}`,
  container.length === 143 && p.p521.verify(pubA, packet, signature) && !p.p521.verify(pubA, forged, signature));

// 7. The key-exchange fan-out of a v4 packet: one kernel call derives every recipient's wrap key.
const group = Array.from({ length: 50 }, () => p.p521.getPublicKey(p.p521.randomPrivateKey()));
const infos = group.map((_, i) => utf8(`device-${i}`));
const exchange = p.p521.randomPrivateKey();
const t3 = performance.now();
const wraps = p.p521.deriveWrapKeys(exchange, group, infos, 'sha512');
const fanMs = performance.now() - t3;
const one = p.hkdf('sha512', p.p521.ecdh(exchange, group[17]), undefined, infos[17], 32);
step('key-exchange fan-out to 50 devices in one kernel call', `${fanMs.toFixed(1)} ms (${(50000 / fanMs).toFixed(0)} recipients/s); device 17's wrap key ${short(wraps[17])}`,
  wraps.length === 50 && hex(wraps[17]) === hex(one));

// 8. Bad input is a typed error, not a crash.
try {
  p.hkdf('sha256', utf8('x'), undefined, undefined, 9000);
  step('out-of-range HKDF length is refused', 'no error thrown', false);
} catch (err) {
  step('out-of-range HKDF length is refused', `${err.name} ${err.code}: ${err.message}`, p.EphemeraError.is(err, 'ERR_INVALID_ARGUMENT'));
}

console.log(`\nsummary: ${passed} checks passed, ${failed} failed. The relay and the messaging demo arrive with the protocol layer.`);
process.exit(failed === 0 ? 0 : 1);
