// The P-521 family on the kernel: inputs are laid out in the IO window, one export per operation (the fan-out
// is one export per chunk of recipients), outputs copied out, the IO bytes wiped by Kernel.run.
import { InvalidArgumentError, InvalidKeyError } from '../errors.ts';
import type { HashOps } from '../ops/hash.ts';
import type { FanoutResult, P521Ops, WrapHash } from '../ops/p521.ts';
import type { Kernel } from './marshal.ts';
import { checkStatus } from './status.ts';

const BAD_PRIVATE = 'private key is not an integer in [1, n − 1]';
const BAD_PUBLIC = 'public key is not a valid P-521 point (encoding, coordinate range, curve equation or infinity)';

class WasmP521Ops {
  private readonly k: Kernel;
  private readonly badPrivate: number;
  private readonly badPublic: number;

  private readonly digest: HashOps['digest'];

  constructor(k: Kernel, digest: HashOps['digest']) {
    this.k = k;
    this.digest = digest;
    this.badPrivate = k.x.P521_STATUS_BAD_PRIVATE.value as number;
    this.badPublic = k.x.P521_STATUS_BAD_PUBLIC.value as number;
  }

  private status(s: number, what: string): void {
    if (s === this.badPrivate) throw new InvalidKeyError(`${what}: ${BAD_PRIVATE}`);
    if (s === this.badPublic) throw new InvalidKeyError(`${what}: ${BAD_PUBLIC}`);
    checkStatus(s, what);
  }

  privateValid(d: Uint8Array): boolean {
    return this.k.run((k) => k.x.p521_private_valid(k.put(d, 0)) === 1);
  }

  getPublicKey(d: Uint8Array): Uint8Array {
    return this.k.run((k) => {
      const dp = k.put(d, 0), out = k.io + 66;
      k.touch(66 + 133);
      this.status(k.x.p521_get_public_key(dp, out), 'getPublicKey');
      return k.get(out, 133);
    });
  }

  decodePublicKey(pub: Uint8Array): Uint8Array {
    return this.k.run((k) => {
      const pp = k.put(pub, 0), out = k.io + pub.length;
      k.touch(pub.length + 133);
      this.status(k.x.p521_public_decode(pp, pub.length, out), 'publicKey');
      return k.get(out, 133);
    });
  }

  ecdh(d: Uint8Array, pub: Uint8Array): Uint8Array {
    return this.k.run((k) => {
      const dp = k.put(d, 0), pp = k.put(pub, 66), out = k.io + 66 + pub.length;
      k.touch(66 + pub.length + 66);
      this.status(k.x.p521_ecdh(dp, pp, pub.length, out), 'ecdh');
      return k.get(out, 66);
    });
  }

  /** Messages too large for the IO window are hashed first (streamed SHA-512) and passed as a digest. */
  private prepare(msg: Uint8Array, room: number): { data: Uint8Array; hashed: number } {
    return msg.length + room <= this.k.ioSize ? { data: msg, hashed: 0 } : { data: this.digest('sha512', msg), hashed: 1 };
  }

  sign(d: Uint8Array, msg: Uint8Array, extra: Uint8Array): Uint8Array {
    const { data, hashed } = this.prepare(msg, 66 + extra.length + 132);
    return this.k.run((k) => {
      const dp = k.put(d, 0), ep = k.put(extra, 66), out = k.io + 66 + extra.length;
      const mp = k.put(data, 66 + extra.length + 132);
      this.status(k.x.p521_sign(dp, mp, data.length, hashed, ep, extra.length, out), 'sign');
      return k.get(out, 132);
    });
  }

  verify(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array, digest?: boolean): boolean {
    const { data, hashed } = digest ? { data: msg, hashed: 1 } : this.prepare(msg, pub.length + 132);
    return this.k.run((k) => {
      const pp = k.put(pub, 0), sp = k.put(sig, pub.length), mp = k.put(data, pub.length + 132);
      const v = k.x.p521_verify(pp, pub.length, mp, data.length, hashed, sp);
      if (v === this.badPublic) throw new InvalidKeyError(`verify: ${BAD_PUBLIC}`);
      return v === 1;
    });
  }

  fanout(d: Uint8Array, pubs: readonly Uint8Array[], infos: readonly Uint8Array[], hash: WrapHash): FanoutResult {
    const keys: Uint8Array[] = new Array(pubs.length);
    const invalid: number[] = [];
    const alg = hash === 'sha512' ? 1 : 0;
    let start = 0;
    while (start < pubs.length) {
      // Layout: [d 66][table 16·c][out 32·c][status c][pubs and infos…]; as many recipients as fit.
      let end = start, bytes = 66;
      while (end < pubs.length && bytes + 49 + pubs[end]!.length + infos[end]!.length <= this.k.ioSize) {
        bytes += 49 + pubs[end]!.length + infos[end]!.length;
        end++;
      }
      // The facade bounds a recipient to 133 + 1024 bytes, far below the window: this cannot happen.
      if (end === start) throw new InvalidArgumentError('deriveWrapKeys: a recipient exceeds the kernel IO window');
      this.k.run((k) => {
        const count = end - start;
        const dp = k.put(d, 0);
        const table = k.io + 66, out = table + 16 * count, status = out + 32 * count;
        let at = 66 + 49 * count;
        const view = new DataView(k.mem.buffer);
        for (let j = 0; j < count; j++) {
          const pub = pubs[start + j]!, info = infos[start + j]!;
          const pp = k.put(pub, at); at += pub.length;
          const ip = k.put(info, at); at += info.length;
          const e = table + 16 * j;
          view.setUint32(e, pp, true); view.setUint32(e + 4, pub.length, true);
          view.setUint32(e + 8, ip, true); view.setUint32(e + 12, info.length, true);
        }
        k.touch(at);
        const bad = k.x.p521_fanout(dp, count, table, alg, out, status);
        if (bad < 0) this.status(bad, 'deriveWrapKeys');
        for (let j = 0; j < count; j++) {
          keys[start + j] = k.get(out + 32 * j, 32);
          if (k.mem[status + j] !== 0) invalid.push(start + j);
        }
      });
      start = end;
    }
    return { keys, invalid };
  }
}

/** `digest` is the hash family's streaming SHA-512 (for messages larger than the IO window). */
export function wasmP521Ops(k: Kernel, digest: HashOps['digest']): P521Ops {
  const o = new WasmP521Ops(k, digest);
  return {
    p521PrivateValid: (d) => o.privateValid(d),
    p521GetPublicKey: (d) => o.getPublicKey(d),
    p521DecodePublicKey: (p) => o.decodePublicKey(p),
    p521Ecdh: (d, p) => o.ecdh(d, p),
    p521Sign: (d, m, e) => o.sign(d, m, e),
    p521Verify: (p, m, s) => o.verify(p, m, s),
    p521VerifyDigest: (p, h, s) => o.verify(p, h, s, true),
    p521Fanout: (d, p, i, h) => o.fanout(d, p, i, h),
  };
}
