// The key-exchange fan-out (wire-format §7.2 step 4): one sender exchange key X, N recipients. For each
// recipient i: ss_i = ECDH(X.priv, Q_i) (66 bytes), k_i = HKDF-H(ikm = ss_i, salt = none, info_i, L = 32), with
// H = SHA-256 for packet versions 2 and 3, SHA-512 for version 4 (the caller passes `alg`). One kernel call
// serves the whole batch, so the packet layer crosses the JS/WASM boundary once per packet.
//
// Input table (16 bytes per recipient, u32 little-endian): pubPtr, pubLen, infoPtr, infoLen. Outputs: 32 bytes per
// recipient at `out`, and one status byte per recipient at `status` (0 = ok, 1 = the public key is invalid; its
// 32 output bytes are left zero). Every recipient is processed whatever the others' status, so a bad key is
// reported by index. Shared secrets never leave the kernel and are wiped before returning.
//
// Recipients are taken BATCH at a time: the scalar multiplications leave projective points ±d·Q_i (X_i : Z_i),
// and one simultaneous inversion (field.ts feInvMany) serves the whole batch, instead of one inversion per
// recipient (≈ 2.5 % of an ECDH). Z_i ≠ 0 because d ∈ [1, n − 1] and Q_i is valid (order n). Which
// keys are invalid is public, so skipping them is not a secret-dependent branch.
import { hkdf } from '../hkdf';
import { FE, feCanon, feInvMany, feMul, feToBytes } from './field';
import { decodePoint, privateKeyValid } from './keys';
import { mulSecretProj } from './mult';
import { PT } from './point';

const BATCH: u32 = 16;
const Q: usize = memory.data(2 * 144, 16);
const R: usize = memory.data(3 * 144, 16);
/** Per batch slot: X_i, Z_i (then Z_i⁻¹), the prefix products of feInvMany, and the recipient's index. */
const XS: usize = memory.data(BATCH * 144, 16);
const ZS: usize = memory.data(BATCH * 144, 16);
const PRE: usize = memory.data(BATCH * 144, 16);
const SLOT: usize = memory.data(BATCH * 4, 16);
const SS: usize = memory.data(66, 16);

/** Returns the number of invalid recipient keys (≥ 0), or −1 when the private key is invalid. */
export function fanout(d: usize, count: u32, table: usize, alg: u32, out: usize, status: usize): i32 {
  if (privateKeyValid(d) == 0) return -1;
  let bad: i32 = 0;
  for (let first: u32 = 0; first < count; first += BATCH) {
    const end = min(first + BATCH, count);
    let used: u32 = 0;
    for (let i = first; i < end; i++) {
      const e = table + (<usize>i << 4);
      memory.fill(out + (<usize>i << 5), 0, 32);
      if (!decodePoint(Q, Q + FE, <usize>load<u32>(e), <usize>load<u32>(e, 4))) {
        store<u8>(status + i, 1);
        bad++;
        continue;
      }
      store<u8>(status + i, 0);
      mulSecretProj(R, d, Q, Q + FE);    // ±d·Q_i: the sign does not change x
      memory.copy(XS + used * FE, R, FE);
      memory.copy(ZS + used * FE, R + 2 * FE, FE);
      store<u32>(SLOT + (<usize>used << 2), i);
      used++;
    }
    if (used == 0) continue;
    feInvMany(ZS, used, PRE);
    for (let s: u32 = 0; s < used; s++) {
      const x = XS + s * FE;
      feMul(x, x, ZS + s * FE);
      feCanon(x, x);
      feToBytes(SS, x);
      const i = load<u32>(SLOT + (<usize>s << 2));
      const e = table + (<usize>i << 4);
      hkdf(alg, SS, 66, 0, 0, <usize>load<u32>(e, 8), <usize>load<u32>(e, 12), out + (<usize>i << 5), 32);
    }
  }
  fanoutWipe();
  return bad;
}

export function fanoutWipe(): void {
  memory.fill(Q, 0, 2 * FE);
  memory.fill(R, 0, PT);
  memory.fill(XS, 0, BATCH * FE);
  memory.fill(ZS, 0, BATCH * FE);
  memory.fill(PRE, 0, BATCH * FE);
  memory.fill(SLOT, 0, BATCH * 4);
  memory.fill(SS, 0, 66);
}
