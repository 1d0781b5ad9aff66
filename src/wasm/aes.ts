// The AES family on the kernel. Arguments were validated by the facade. Inputs are laid out in the IO window and
// processed in place; whatever does not fit is streamed through it (init → aad* → data* → final) within this one
// synchronous call, with the kernel's streaming state wiped in a `finally`. Every IO byte written is zeroed before
// control returns. Decryption runs the kernel's two passes (authenticate, then decrypt), so a wrong tag never
// produces plaintext anywhere; a batch that fails releases nothing.
import { DecryptionFailedError } from '../errors.ts';
import type { AesOps, CtrItem, GcmItem } from '../ops/aes.ts';
import { checkStatus, STATUS_AUTH_FAILED, STATUS_OK } from './status.ts';
import type { Kernel } from './marshal.ts';

const EMPTY = new Uint8Array(0);
const TAG = 16;
/** GCM batch table entry: key, iv, ivLen, aad, aadLen, src, len, dst (u32 each). */
const GCM_ENTRY = 32;
/** CTR batch table entry: key, iv, src, len, dst (u32 each). */
const CTR_ENTRY = 20;

/** Bytes one GCM message occupies in IO for the one-shot and batch layouts (key, iv, aad, data, tag room). */
const gcmFootprint = (iv: Uint8Array, aad: Uint8Array, dataLen: number) => 32 + iv.length + aad.length + dataLen + TAG;

class WasmAesOps implements AesOps {
  private readonly k: Kernel;
  /** Streaming chunk: the whole window, a multiple of 64 bytes (so every non-final chunk is whole GHASH blocks). */
  private readonly chunk: number;

  constructor(k: Kernel) {
    this.k = k;
    this.chunk = k.ioSize & ~63;
  }

  // --- GCM ---

  gcmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
    const a = aad ?? EMPTY, k = this.k, n = plaintext.length, used = gcmFootprint(iv, a, n);
    if (used > k.ioSize) return this.gcmEncryptStreamed(key, iv, plaintext, a);
    // Hot path (small messages): no closure, one wipe.
    const mem = k.mem, io = k.io, ivp = io + 32, ap = ivp + iv.length, sp = ap + a.length;
    try {
      mem.set(key, io); mem.set(iv, ivp); mem.set(a, ap); mem.set(plaintext, sp);
      checkStatus(k.x.aes_gcm_seal(io, ivp, iv.length, ap, a.length, sp, n, sp), 'aesGcm.encrypt');
      return mem.slice(sp, sp + n + TAG);
    } catch (err) {
      throw k.fault(err);
    } finally {
      mem.fill(0, io, io + used);
    }
  }

  gcmDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array, aad: Uint8Array | undefined): Uint8Array {
    const a = aad ?? EMPTY, k = this.k, n = data.length - TAG, used = gcmFootprint(iv, a, n);
    if (used > k.ioSize) return this.gcmDecryptStreamed(key, iv, data, a);
    const mem = k.mem, io = k.io, ivp = io + 32, ap = ivp + iv.length, sp = ap + a.length;
    let status: number;
    try {
      mem.set(key, io); mem.set(iv, ivp); mem.set(a, ap); mem.set(data, sp);
      status = k.x.aes_gcm_open(io, ivp, iv.length, ap, a.length, sp, n, sp);
      if (status === STATUS_OK) return mem.slice(sp, sp + n);
    } catch (err) {
      throw k.fault(err);
    } finally {
      mem.fill(0, io, io + used);
    }
    if (status === STATUS_AUTH_FAILED) throw new DecryptionFailedError();
    checkStatus(status, 'aesGcm.decrypt');
    throw new DecryptionFailedError(); // unreachable: checkStatus threw
  }

  /** Key and IV in IO, init, then wipe them from IO (the kernel holds the schedule now). */
  private gcmStart(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, what: string): void {
    const k = this.k;
    k.touch(32 + iv.length);
    k.mem.set(key, k.io);
    k.mem.set(iv, k.io + 32);
    checkStatus(k.x.aes_gcm_init(k.io, k.io + 32, iv.length), what);
    k.mem.fill(0, k.io, k.io + 32 + iv.length);
    for (let off = 0; off < aad.length; off += this.chunk) {
      const part = aad.subarray(off, off + this.chunk);
      checkStatus(k.x.aes_gcm_aad(k.put(part, 0), part.length), what);
    }
  }

  private gcmEncryptStreamed(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
    return this.k.run((k) => {
      try {
        this.gcmStart(key, iv, aad, 'aesGcm.encrypt');
        const out = new Uint8Array(plaintext.length + TAG), io = k.io;
        for (let off = 0; off < plaintext.length; off += this.chunk) {
          const part = plaintext.subarray(off, off + this.chunk);
          k.put(part, 0);
          checkStatus(k.x.aes_gcm_encrypt(io, part.length, io), 'aesGcm.encrypt');
          out.set(k.mem.subarray(io, io + part.length), off);
        }
        k.touch(TAG);
        checkStatus(k.x.aes_gcm_tag(io), 'aesGcm.encrypt');
        out.set(k.mem.subarray(io, io + TAG), plaintext.length);
        return out;
      } finally {
        k.x.aes_gcm_wipe();
      }
    });
  }

  private gcmDecryptStreamed(key: Uint8Array, iv: Uint8Array, data: Uint8Array, aad: Uint8Array): Uint8Array {
    const n = data.length - TAG, ct = data.subarray(0, n);
    return this.k.run((k) => {
      try {
        this.gcmStart(key, iv, aad, 'aesGcm.decrypt');
        const io = k.io;
        // Pass 1: authenticate every ciphertext byte; pass 2 only after the tag matched.
        for (let off = 0; off < n; off += this.chunk) {
          const part = ct.subarray(off, off + this.chunk);
          checkStatus(k.x.aes_gcm_auth(k.put(part, 0), part.length), 'aesGcm.decrypt');
        }
        const status = k.x.aes_gcm_verify(k.put(data.subarray(n), 0));
        if (status === STATUS_AUTH_FAILED) throw new DecryptionFailedError();
        checkStatus(status, 'aesGcm.decrypt');
        const out = new Uint8Array(n);
        for (let off = 0; off < n; off += this.chunk) {
          const part = ct.subarray(off, off + this.chunk);
          k.put(part, 0);
          checkStatus(k.x.aes_gcm_decrypt(io, part.length, io), 'aesGcm.decrypt');
          out.set(k.mem.subarray(io, io + part.length), off);
        }
        return out;
      } finally {
        k.x.aes_gcm_wipe();
      }
    });
  }

  gcmEncryptMany(items: readonly GcmItem[]): Uint8Array[] {
    return this.gcmMany(items, false);
  }

  gcmDecryptMany(items: readonly GcmItem[]): Uint8Array[] {
    return this.gcmMany(items, true);
  }

  /**
   * Batches as many items as fit into one kernel call: [table][status (decrypt)][key ‖ iv ‖ aad ‖ data ‖ tag room]…
   * Items too large for the window on their own go through the single-message path.
   */
  private gcmMany(items: readonly GcmItem[], decrypt: boolean): Uint8Array[] {
    const results: Uint8Array[] = new Array(items.length);
    const perEntry = GCM_ENTRY + (decrypt ? 4 : 0);
    try {
      let start = 0;
      while (start < items.length) {
        let end = start, bytes = 0;
        while (end < items.length) {
          const it = items[end]!, n = it.data.length - (decrypt ? TAG : 0);
          const need = perEntry + gcmFootprint(it.iv, it.aad ?? EMPTY, n);
          if (bytes + need > this.k.ioSize) break;
          bytes += need; end++;
        }
        if (end === start) {
          const it = items[start]!;
          results[start] = decrypt ? this.gcmDecrypt(it.key, it.iv, it.data, it.aad)
            : this.gcmEncrypt(it.key, it.iv, it.data, it.aad);
          start++;
          continue;
        }
        this.k.run((k) => {
          const count = end - start, table = k.io, status = table + GCM_ENTRY * count;
          const view = new DataView(k.mem.buffer);
          let at = perEntry * count;
          const dst: number[] = [];
          for (let j = 0; j < count; j++) {
            const it = items[start + j]!, a = it.aad ?? EMPTY, n = it.data.length - (decrypt ? TAG : 0);
            const keyp = k.put(it.key, at), ivp = k.put(it.iv, at + 32), ap = k.put(a, at + 32 + it.iv.length);
            const sp = k.put(it.data, at + 32 + it.iv.length + a.length);
            const e = table + GCM_ENTRY * j;
            view.setUint32(e, keyp, true); view.setUint32(e + 4, ivp, true); view.setUint32(e + 8, it.iv.length, true);
            view.setUint32(e + 12, ap, true); view.setUint32(e + 16, a.length, true); view.setUint32(e + 20, sp, true);
            view.setUint32(e + 24, n, true); view.setUint32(e + 28, sp, true);
            dst.push(sp);
            at += gcmFootprint(it.iv, a, n);
          }
          k.touch(at);
          if (decrypt) {
            const s = k.x.aes_gcm_open_batch(count, table, status);
            if (s === STATUS_AUTH_FAILED) throw new DecryptionFailedError();
            checkStatus(s, 'aesGcm.decryptMany');
          } else {
            checkStatus(k.x.aes_gcm_seal_batch(count, table), 'aesGcm.encryptMany');
          }
          for (let j = 0; j < count; j++) {
            const n = items[start + j]!.data.length - (decrypt ? TAG : 0);
            results[start + j] = k.get(dst[j]!, decrypt ? n : n + TAG);
          }
        });
        start = end;
      }
    } catch (err) {
      // All or nothing: plaintext already copied out for earlier groups is wiped before the error propagates.
      if (decrypt) for (const r of results) r?.fill(0);
      throw err;
    }
    return results;
  }

  // --- CTR ---

  ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
    const k = this.k, n = data.length, used = 48 + n;
    if (used > k.ioSize) return this.ctrStreamed(key, iv, data);
    const mem = k.mem, io = k.io, sp = io + 48;
    try {
      mem.set(key, io); mem.set(iv, io + 32); mem.set(data, sp);
      k.x.aes_ctr(io, io + 32, sp, n, sp);
      return mem.slice(sp, sp + n);
    } catch (err) {
      throw k.fault(err);
    } finally {
      mem.fill(0, io, io + used);
    }
  }

  private ctrStreamed(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
    return this.k.run((k) => {
      try {
        k.put(key, 0); k.put(iv, 32);
        k.x.aes_ctr_init(k.io, k.io + 32);
        k.mem.fill(0, k.io, k.io + 48);
        const out = new Uint8Array(data.length), io = k.io;
        for (let off = 0; off < data.length; off += this.chunk) {
          const part = data.subarray(off, off + this.chunk);
          k.put(part, 0);
          k.x.aes_ctr_update(io, part.length, io);
          out.set(k.mem.subarray(io, io + part.length), off);
        }
        return out;
      } finally {
        k.x.aes_ctr_wipe();
      }
    });
  }

  ctrMany(items: readonly CtrItem[]): Uint8Array[] {
    const results: Uint8Array[] = new Array(items.length);
    let start = 0;
    while (start < items.length) {
      let end = start, bytes = 0;
      while (end < items.length && bytes + CTR_ENTRY + 48 + items[end]!.data.length <= this.k.ioSize) {
        bytes += CTR_ENTRY + 48 + items[end++]!.data.length;
      }
      if (end === start) {
        const it = items[start]!;
        results[start] = this.ctr(it.key, it.iv, it.data);
        start++;
        continue;
      }
      this.k.run((k) => {
        const count = end - start, table = k.io, view = new DataView(k.mem.buffer);
        let at = CTR_ENTRY * count;
        for (let j = 0; j < count; j++) {
          const it = items[start + j]!;
          const keyp = k.put(it.key, at), ivp = k.put(it.iv, at + 32), sp = k.put(it.data, at + 48);
          const e = table + CTR_ENTRY * j;
          view.setUint32(e, keyp, true); view.setUint32(e + 4, ivp, true); view.setUint32(e + 8, sp, true);
          view.setUint32(e + 12, it.data.length, true); view.setUint32(e + 16, sp, true);
          at += 48 + it.data.length;
        }
        k.touch(at);
        k.x.aes_ctr_batch(count, table);
        for (let j = 0; j < count; j++) {
          const it = items[start + j]!;
          results[start + j] = k.get(view.getUint32(table + CTR_ENTRY * j + 8, true), it.data.length);
        }
      });
      start = end;
    }
    return results;
  }
}

export function wasmAesOps(k: Kernel): AesOps {
  const ops = new WasmAesOps(k);
  // Bound methods, so the engine object can spread the families together.
  return {
    gcmEncrypt: ops.gcmEncrypt.bind(ops), gcmDecrypt: ops.gcmDecrypt.bind(ops),
    gcmEncryptMany: ops.gcmEncryptMany.bind(ops), gcmDecryptMany: ops.gcmDecryptMany.bind(ops),
    ctr: ops.ctr.bind(ops), ctrMany: ops.ctrMany.bind(ops),
  };
}
