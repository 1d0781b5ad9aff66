// The hash family on the kernel. Lengths are checked by the facade; here inputs are laid out in the IO window
// (streamed through it in chunks when they do not fit) and results are copied out. Every operation is one
// `Kernel.run`, so IO is wiped on every exit.
import { concatBytes } from '../bytes.ts';
import type { HashName, HashOps } from '../ops/hash.ts';
import { checkStatus } from './status.ts';
import type { Kernel } from './marshal.ts';

const ALG = { sha256: 0, sha512: 1 } as const;
const OUT = { sha256: 32, sha512: 64 } as const;
const BLOCK = { sha256: 64, sha512: 128 } as const;
class WasmHashOps implements HashOps {
  private readonly k: Kernel;

  constructor(k: Kernel) {
    this.k = k;
  }

  digest(hash: HashName, data: Uint8Array): Uint8Array {
    const alg = hash === 'sha512' ? 1 : 0, L = hash === 'sha512' ? 64 : 32, k = this.k, n = data.length;
    if (n + L <= k.ioSize) {
      // Hot path for small inputs (identifier hashing, protocol digests): no closure, one wipe.
      const mem = k.mem, io = k.io;
      try {
        mem.set(data, io);
        k.x.hash_oneshot(alg, io, n, io + n);
        return mem.slice(io + n, io + n + L);
      } catch (err) {
        throw k.fault(err);
      } finally {
        mem.fill(0, io, io + n + L);
      }
    }
    return this.k.run((k) => {
      k.x.hash_init(alg);
      for (let off = 0; off < data.length; off += k.ioSize) {
        const chunk = data.subarray(off, off + k.ioSize);
        k.x.hash_update(alg, k.put(chunk, 0), chunk.length);
      }
      k.touch(L);
      k.x.hash_final(alg, k.io);
      return k.get(k.io, L);
    });
  }

  hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Uint8Array {
    // RFC 2104 §2: a key longer than the block is replaced by its hash; doing it here bounds the key's IO footprint.
    if (key.length > BLOCK[hash]) key = this.digest(hash, key);
    const alg = ALG[hash], L = OUT[hash];
    return this.k.run((k) => {
      const keyPtr = k.put(key, 0);
      if (key.length + data.length + L <= k.ioSize) {
        const p = k.put(data, key.length);
        k.touch(key.length + data.length + L);
        k.x.hmac_oneshot(alg, keyPtr, key.length, p, data.length, p + data.length);
        return k.get(p + data.length, L);
      }
      k.x.hmac_init(alg, keyPtr, key.length);
      for (let off = 0; off < data.length; off += k.ioSize) {
        const chunk = data.subarray(off, off + k.ioSize);
        k.x.hmac_update(alg, k.put(chunk, 0), chunk.length);
      }
      k.touch(L);
      k.x.hmac_final(alg, k.io);
      return k.get(k.io, L);
    });
  }

  hkdf(hash: HashName, ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array | undefined, length: number): Uint8Array {
    const alg = ALG[hash];
    const s = salt ?? new Uint8Array(0), i = info ?? new Uint8Array(0);
    if (ikm.length + s.length + i.length + length <= this.k.ioSize) {
      return this.k.run((k) => {
        const ikmPtr = k.put(ikm, 0);
        const saltPtr = k.put(s, ikm.length);
        const infoPtr = k.put(i, ikm.length + s.length);
        const out = infoPtr + i.length;
        k.touch(ikm.length + s.length + i.length + length);
        checkStatus(k.x.hkdf(alg, ikmPtr, ikm.length, saltPtr, s.length, infoPtr, i.length, out, length), 'hkdf');
        return k.get(out, length);
      });
    }
    // Inputs larger than the IO window: extract with streaming HMAC, then expand.
    const prk = this.hmac(hash, s, ikm);
    try {
      return this.hkdfExpand(hash, prk, i, length);
    } finally {
      prk.fill(0);
    }
  }

  hkdfExpand(hash: HashName, prk: Uint8Array, info: Uint8Array | undefined, length: number): Uint8Array {
    const alg = ALG[hash], i = info ?? new Uint8Array(0);
    if (prk.length + i.length + length <= this.k.ioSize) {
      return this.k.run((k) => {
        const prkPtr = k.put(prk, 0);
        const infoPtr = k.put(i, prk.length);
        const out = infoPtr + i.length;
        k.touch(prk.length + i.length + length);
        checkStatus(k.x.hkdf_expand(alg, prkPtr, prk.length, infoPtr, i.length, out, length), 'hkdf');
        return k.get(out, length);
      });
    }
    // PRK or info exceeds the window (RFC 5869 bounds neither): T(n) = HMAC(PRK, T(n-1) ‖ info ‖ n).
    const out = new Uint8Array(length);
    let t: Uint8Array = new Uint8Array(0);
    for (let n = 1, done = 0; done < length; n++) {
      t = this.hmac(hash, prk, concatBytes(t, i, Uint8Array.of(n)));
      out.set(t.subarray(0, Math.min(t.length, length - done)), done);
      done += t.length;
    }
    t.fill(0);
    return out;
  }

  hashIdentifiers(ids: readonly Uint8Array[], salt: Uint8Array, rounds: number): Uint8Array[] {
    const results: Uint8Array[] = new Array(ids.length);
    let start = 0;
    while (start < ids.length) {
      // Take as many identifiers as fit: [salt][table: 8 B each][results: 32 B each][identifiers…].
      let end = start, bytes = salt.length;
      while (end < ids.length && bytes + 40 + ids[end]!.length <= this.k.ioSize) bytes += 40 + ids[end++]!.length;
      if (end === start) {
        results[start] = this.hashHugeIdentifier(ids[start]!, salt, rounds);
        start++;
        continue;
      }
      this.k.run((k) => {
        const count = end - start;
        const saltPtr = k.put(salt, 0);
        const table = k.io + salt.length;
        const out = table + 8 * count;
        let at = salt.length + 40 * count;
        const view = new DataView(k.mem.buffer);
        for (let j = 0; j < count; j++) {
          const id = ids[start + j]!;
          const ptr = k.put(id, at);
          view.setUint32(table + 8 * j, ptr, true);
          view.setUint32(table + 8 * j + 4, id.length, true);
          at += id.length;
        }
        k.touch(at);
        checkStatus(k.x.salted_hash_batch(count, table, saltPtr, salt.length, rounds, out), 'hashIdentifiers');
        for (let j = 0; j < count; j++) results[start + j] = k.get(out + 32 * j, 32);
      });
      start = end;
    }
    return results;
  }

  /** An identifier too large for the IO window: stream round 1, then let the kernel do rounds 2…n from h1. */
  private hashHugeIdentifier(id: Uint8Array, salt: Uint8Array, rounds: number): Uint8Array {
    const h1 = this.digest('sha256', concatBytes(id, salt));
    return rounds === 1 ? h1 : this.hashIdentifiers([h1], salt, rounds - 1)[0]!;
  }
}

export function wasmHashOps(k: Kernel): HashOps {
  const ops = new WasmHashOps(k);
  // Bound methods, so the engine object can spread the families together.
  return {
    digest: ops.digest.bind(ops), hmac: ops.hmac.bind(ops), hkdf: ops.hkdf.bind(ops),
    hkdfExpand: ops.hkdfExpand.bind(ops), hashIdentifiers: ops.hashIdentifiers.bind(ops),
  };
}
