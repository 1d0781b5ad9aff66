// The P-521 surface's argument checks (ERR_INVALID_ARGUMENT naming the argument, before any kernel work) and the
// wire-format codecs' strictness (DecodeError for structure, InvalidKeyError for values).
import * as assert from '../../harness/assert.ts';
import { pattern } from '../../harness/data.ts';
import type { Lib, Suite } from '../../harness/suite.ts';

const NOT_BYTES: readonly unknown[] = [undefined, null, 'abc', 42, [1, 2], new Uint16Array(66), new ArrayBuffer(66), { length: 66 }];
const be66 = (v: bigint) => { const o = new Uint8Array(66); for (let i = 65; i >= 0; i--) { o[i] = Number(v & 0xffn); v >>= 8n; } return o; };

interface Row { fn: string; arg: string; bad: readonly unknown[]; call: (l: Lib, v: unknown) => unknown }

export const p521ApiSuite: Suite = {
  name: 'p521 api',
  register(t, { lib }) {
    const d = be66(5n);
    const k = () => lib.p521.getPublicKey(d);
    const rows: Row[] = [
      { fn: 'getPublicKey', arg: 'privateKey', bad: [...NOT_BYTES, new Uint8Array(65), new Uint8Array(67)], call: (l, v) => l.p521.getPublicKey(v as Uint8Array) },
      { fn: 'ecdh', arg: 'privateKey', bad: [...NOT_BYTES, new Uint8Array(32)], call: (l, v) => l.p521.ecdh(v as Uint8Array, k()) },
      { fn: 'ecdh', arg: 'publicKey', bad: [...NOT_BYTES, new Uint8Array(0), new Uint8Array(65), new Uint8Array(132), new Uint8Array(134)], call: (l, v) => l.p521.ecdh(d, v as Uint8Array) },
      { fn: 'sign', arg: 'privateKey', bad: NOT_BYTES, call: (l, v) => l.p521.sign(v as Uint8Array, new Uint8Array(1)) },
      { fn: 'sign', arg: 'message', bad: NOT_BYTES, call: (l, v) => l.p521.sign(d, v as Uint8Array) },
      { fn: 'sign', arg: 'extraEntropy', bad: ['x', 1, new Uint8Array(129), new Uint16Array(2)], call: (l, v) => l.p521.sign(d, new Uint8Array(1), { extraEntropy: v as Uint8Array }) },
      { fn: 'verify', arg: 'publicKey', bad: [...NOT_BYTES, new Uint8Array(134)], call: (l, v) => l.p521.verify(v as Uint8Array, new Uint8Array(1), new Uint8Array(132)) },
      { fn: 'verify', arg: 'message', bad: NOT_BYTES, call: (l, v) => l.p521.verify(k(), v as Uint8Array, new Uint8Array(132)) },
      { fn: 'verify', arg: 'signature', bad: NOT_BYTES, call: (l, v) => l.p521.verify(k(), new Uint8Array(1), v as Uint8Array) },
      { fn: 'verifyDigest', arg: 'digest', bad: [...NOT_BYTES, new Uint8Array(0), new Uint8Array(20), new Uint8Array(66)], call: (l, v) => l.p521.verifyDigest(k(), v as Uint8Array, new Uint8Array(132)) },
      { fn: 'decodePublicKey', arg: 'publicKey', bad: [...NOT_BYTES, new Uint8Array(66)], call: (l, v) => l.p521.decodePublicKey(v as Uint8Array) },
      { fn: 'deriveWrapKeys', arg: 'publicKeys', bad: [undefined, null, 'x', new Uint8Array(133)], call: (l, v) => l.p521.deriveWrapKeys(d, v as Uint8Array[], [], 'sha256') },
      { fn: 'deriveWrapKeys', arg: 'publicKeys[1]', bad: [...NOT_BYTES, new Uint8Array(10)], call: (l, v) => l.p521.deriveWrapKeys(d, [k(), v as Uint8Array], [new Uint8Array(0), new Uint8Array(0)], 'sha256') },
      { fn: 'deriveWrapKeys', arg: 'infos', bad: [undefined, 'x', [new Uint8Array(0), new Uint8Array(0)]], call: (l, v) => l.p521.deriveWrapKeys(d, [k()], v as Uint8Array[], 'sha256') },
      { fn: 'deriveWrapKeys', arg: 'infos[0]', bad: [...NOT_BYTES, new Uint8Array(1025)], call: (l, v) => l.p521.deriveWrapKeys(d, [k()], [v as Uint8Array], 'sha256') },
      { fn: 'deriveWrapKeys', arg: 'hash', bad: ['sha384', 'SHA256', undefined, 1], call: (l, v) => l.p521.deriveWrapKeys(d, [k()], [new Uint8Array(0)], v as 'sha256') },
      { fn: 'p521Wire.signatureToDer', arg: 'signature', bad: [...NOT_BYTES, new Uint8Array(131)], call: (l, v) => l.p521Wire.signatureToDer(v as Uint8Array) },
      { fn: 'p521Wire.encodePrivateKey', arg: 'privateKey', bad: [...NOT_BYTES, new Uint8Array(65)], call: (l, v) => l.p521Wire.encodePrivateKey(v as Uint8Array) },
    ];
    for (const row of rows) {
      t.test(`${row.fn}: bad "${row.arg}" → ERR_INVALID_ARGUMENT naming it`, () => {
        row.bad.forEach((v, i) => assert.throwsCode(() => row.call(lib, v), 'ERR_INVALID_ARGUMENT', `${row.fn} bad #${i}`, `"${row.arg}"`));
      });
    }
    t.test('async forms reject (never throw synchronously) on bad arguments', async () => {
      await assert.rejectsCode(() => lib.p521.verifyAsync('x' as unknown as Uint8Array, new Uint8Array(1), new Uint8Array(132)), 'ERR_INVALID_ARGUMENT', 'verifyAsync', '"publicKey"');
      await assert.rejectsCode(() => lib.p521.ecdhAsync(new Uint8Array(1), k()), 'ERR_INVALID_ARGUMENT', 'ecdhAsync', '"privateKey"');
    });

    // --- codecs ---
    // Computed lazily: registration runs before ready().
    const sigOf = () => lib.p521.sign(d, pattern(10, 1), { extraEntropy: false });
    t.test('signature DER: strict (length forms, minimal and positive integers, no trailing bytes)', () => {
      const sig = sigOf(), der = lib.p521Wire.signatureToDer(sig);
      assert.bytes(lib.p521Wire.signatureFromDer(der), sig, 'round trip');
      const mutate = (f: (b: number[]) => void) => { const b = Array.from(der); f(b); return new Uint8Array(b); };
      const bad: [string, Uint8Array][] = [
        ['trailing byte', mutate((b) => b.push(0))],
        ['wrong outer tag', mutate((b) => { b[0] = 0x31; })],
        ['truncated', der.subarray(0, der.length - 1)],
        ['empty', new Uint8Array(0)],
        ['indefinite length', mutate((b) => { b[1] = 0x80; })],
      ];
      // r = 1 (one byte), then a non-minimal r (00 01), a negative r (0x80), a 67-byte r
      const small = lib.p521Wire.signatureToDer(new Uint8Array([...be66(1n), ...sig.subarray(66)]));
      assert.bytes(small.subarray(0, 5), [0x30, small[1]!, 0x02, 0x01, 0x01].map((x) => x.toString(16).padStart(2, '0')).join(''), 'minimal r = 1');
      const body = Array.from(small.subarray(2));
      const seq = (content: number[]) => new Uint8Array([0x30, ...(content.length < 128 ? [content.length] : [0x81, content.length]), ...content]);
      bad.push(['non-minimal INTEGER', seq([0x02, 0x02, 0x00, 0x01, ...body.slice(3)])]);
      bad.push(['negative INTEGER', seq([0x02, 0x01, 0x80, ...body.slice(3)])]);
      bad.push(['67-byte INTEGER', seq([0x02, 0x43, 0x01, ...new Array(66).fill(0), ...body.slice(3)])]);
      bad.push(['non-minimal length', new Uint8Array([0x30, 0x81, 0x08, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0, 0])]);
      for (const [what, b] of bad) assert.throwsCode(() => lib.p521Wire.signatureFromDer(b), 'ERR_DECODE', what);
    });
    t.test('signature container: 143 bytes, meta 0x03, padding before the DER; strict parse', () => {
      const sig = sigOf(), der = lib.p521Wire.signatureToDer(sig);
      const c = lib.p521Wire.encodeSignature(sig);
      assert.equal(c.length, 143, 'length');
      assert.equal(c[0], 0x03, 'meta');
      assert.equal(c[1], 141 - der.length, 'pad count');
      assert.bytes(c.subarray(2 + c[1]!), der, 'DER at the end');
      const p = lib.p521Wire.decodeSignature(c);
      assert.equal(p.hash, 'sha512', 'hash');
      assert.bytes(p.signature, sig, 'raw');
      const mod = (i: number, v: number) => { const x = c.slice(); x[i] = v; return x; };
      assert.throwsCode(() => lib.p521Wire.decodeSignature(mod(0, 0x13)), 'ERR_DECODE', 'unknown curve');
      assert.throwsCode(() => lib.p521Wire.decodeSignature(mod(0, 0x05)), 'ERR_DECODE', 'unknown digest');
      assert.throwsCode(() => lib.p521Wire.decodeSignature(mod(1, 200)), 'ERR_DECODE', 'pad beyond end');
      if (c[1]! > 0) assert.throwsCode(() => lib.p521Wire.decodeSignature(mod(2, 1)), 'ERR_DECODE', 'non-zero padding');
      assert.throwsCode(() => lib.p521Wire.decodeSignature(c.subarray(0, 2)), 'ERR_DECODE', 'too short');
      assert.equal(lib.p521Wire.decodeSignature(lib.p521Wire.encodeSignature(sig, 'sha256')).hash, 'sha256', 'digest id 1');
    });
    t.test('public key 0x00 ‖ SEC 1: 134 and 68 bytes; unknown curve id and bare SEC 1 are DecodeError', () => {
      const p = k(), w = lib.p521Wire.encodePublicKey(p);
      assert.equal(w.length, 134, 'length');
      assert.equal(w[0], 0, 'curve id');
      assert.bytes(lib.p521Wire.decodePublicKey(w), p, 'round trip');
      const c = new Uint8Array(68); c[1] = 2 | (p[132]! & 1); c.set(p.subarray(1, 67), 2);
      assert.bytes(lib.p521Wire.decodePublicKey(c), c.subarray(1), 'compressed stays compressed');
      assert.throwsCode(() => lib.p521Wire.decodePublicKey(p), 'ERR_DECODE', 'no curve id');
      assert.throwsCode(() => lib.p521Wire.decodePublicKey(new Uint8Array([1, ...p])), 'ERR_DECODE', 'curve id 1');
      const off = w.slice(); off[133] ^= 1;
      assert.throwsCode(() => lib.p521Wire.decodePublicKey(off), 'ERR_INVALID_KEY', 'off the curve');
    });
    t.test('private key DER: the reference form (223 bytes) and strict parsing', () => {
      const der223 = lib.p521Wire.encodePrivateKey(d);
      assert.equal(der223.length, 223, 'length');
      assert.bytes(der223.subarray(0, 8), '3081dc0201010442', 'header');
      assert.bytes(lib.p521Wire.decodePrivateKey(der223), d, 'round trip');
      const other = lib.p521Wire.encodePrivateKey(be66(6n));
      const mixed = der223.slice(); mixed.set(other.subarray(223 - 132), 223 - 132);
      assert.throwsCode(() => lib.p521Wire.decodePrivateKey(mixed), 'ERR_INVALID_KEY', 'public key of another scalar');
      const curve = der223.slice(); curve[84] = 0x22; // secp384r1's OID ends in 0x22
      assert.throwsCode(() => lib.p521Wire.decodePrivateKey(curve), 'ERR_DECODE', 'another curve');
      assert.throwsCode(() => lib.p521Wire.decodePrivateKey(new Uint8Array([...der223, 0])), 'ERR_DECODE', 'trailing byte');
      const zero = new Uint8Array([0x30, 0x47, 0x02, 0x01, 0x01, 0x04, 0x42, ...new Uint8Array(66)]); // no [0]/[1], d = 0
      assert.throwsCode(() => lib.p521Wire.decodePrivateKey(zero), 'ERR_INVALID_KEY', 'zero scalar');
      const bare = new Uint8Array([0x30, 0x47, 0x02, 0x01, 0x01, 0x04, 0x42, ...d]);
      assert.bytes(lib.p521Wire.decodePrivateKey(bare), d, 'without the optional fields');
    });
  },
};
