// The key-exchange fan-out (wire-format §7.2 step 4): one sender exchange key X, N recipients. For each
// recipient i: ss_i = ECDH(X.priv, Q_i) (66 bytes), k_i = HKDF-H(ikm = ss_i, salt = none, info_i, L = 32), with
// H = SHA-256 for packet versions 2 and 3, SHA-512 for version 4 (the caller passes `alg`). One kernel call
// serves the whole batch, so the packet layer crosses the JS/WASM boundary once per packet.
//
// Input table (16 bytes per recipient, u32 little-endian): pubPtr, pubLen, infoPtr, infoLen. Outputs: 32 bytes per
// recipient at `out`, and one status byte per recipient at `status` (0 = ok, 1 = the public key is invalid; its
// 32 output bytes are left zero). Every recipient is processed whatever the others' status, so a bad key is
// reported by index. Shared secrets never leave the kernel and are wiped before returning.
import { hkdf } from '../hkdf';
import { FE, feToBytes } from './field';
import { decodePoint, privateKeyValid } from './keys';
import { mulSecret } from './mult';

const Q: usize = memory.data(2 * 144, 16);
const R: usize = memory.data(2 * 144, 16);
const SS: usize = memory.data(66, 16);

/** Returns the number of invalid recipient keys (≥ 0), or −1 when the private key is invalid. */
export function fanout(d: usize, count: u32, table: usize, alg: u32, out: usize, status: usize): i32 {
  if (privateKeyValid(d) == 0) return -1;
  let bad: i32 = 0;
  for (let i: u32 = 0; i < count; i++) {
    const e = table + (<usize>i << 4);
    const o = out + (<usize>i << 5);
    memory.fill(o, 0, 32);
    if (!decodePoint(Q, Q + FE, <usize>load<u32>(e), <usize>load<u32>(e, 4))) {
      store<u8>(status + i, 1);
      bad++;
      continue;
    }
    store<u8>(status + i, 0);
    mulSecret(R, R + FE, d, Q, Q + FE);
    feToBytes(SS, R);
    hkdf(alg, SS, 66, 0, 0, <usize>load<u32>(e, 8), <usize>load<u32>(e, 12), o, 32);
  }
  fanoutWipe();
  return bad;
}

export function fanoutWipe(): void {
  memory.fill(Q, 0, 2 * FE);
  memory.fill(R, 0, 2 * FE);
  memory.fill(SS, 0, 66);
}
