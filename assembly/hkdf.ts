// HKDF (RFC 5869) over HMAC-SHA-256 / HMAC-SHA-512.
//
// Extract (§2.2): PRK = HMAC(salt, IKM); an absent salt is HashLen zero bytes, which HMAC treats exactly like an
// empty key, so no special case is needed. Expand (§2.3): T(i) = HMAC(PRK, T(i-1) ‖ info ‖ i), L ≤ 255·HashLen.
// The PRK-keyed HMAC state is computed once and copied per block instead of re-keying.
// All intermediate values live in the private regions below and are wiped before returning.
import { HMAC_STATE_SIZE, hmacFinal, hmacInit, hmacUpdate } from './hmac';
import { outLen } from './hash';
import { STATUS_BAD_LENGTH, STATUS_OK } from './abi';
import { wipe } from './bytes';

const KEYED: usize = memory.data(<i32>HMAC_STATE_SIZE, 16);
const WORK: usize = memory.data(<i32>HMAC_STATE_SIZE, 16);
const PRK: usize = memory.data(64, 16);
const T: usize = memory.data(64, 16);
const CTR: usize = memory.data(16, 16);

/** Expand `prkLen` bytes of PRK at `prk` into `len` bytes at `out`. Returns STATUS_BAD_LENGTH if len > 255·HashLen. */
export function hkdfExpand(alg: u32, prk: usize, prkLen: usize, info: usize, infoLen: usize, out: usize, len: usize): i32 {
  const L = outLen(alg);
  if (len > 255 * L) return STATUS_BAD_LENGTH;
  hmacInit(alg, KEYED, prk, prkLen);
  let done: usize = 0;
  for (let i: u32 = 1; done < len; i++) {
    memory.copy(WORK, KEYED, HMAC_STATE_SIZE);
    if (i > 1) hmacUpdate(alg, WORK, T, L);
    hmacUpdate(alg, WORK, info, infoLen);
    store<u8>(CTR, <u8>i);
    hmacUpdate(alg, WORK, CTR, 1);
    hmacFinal(alg, WORK, T);
    const take = min<usize>(L, len - done);
    memory.copy(out + done, T, take);
    done += take;
  }
  hkdfWipe();
  return STATUS_OK;
}

/** Extract then expand; `saltLen == 0` means "no salt". */
export function hkdf(alg: u32, ikm: usize, ikmLen: usize, salt: usize, saltLen: usize,
                     info: usize, infoLen: usize, out: usize, len: usize): i32 {
  const L = outLen(alg);
  if (len > 255 * L) return STATUS_BAD_LENGTH;
  hmacInit(alg, WORK, salt, saltLen);
  hmacUpdate(alg, WORK, ikm, ikmLen);
  hmacFinal(alg, WORK, PRK);
  const status = hkdfExpand(alg, PRK, L, info, infoLen, out, len);
  hkdfWipe();
  return status;
}

export function hkdfWipe(): void {
  wipe(KEYED, HMAC_STATE_SIZE);
  wipe(WORK, HMAC_STATE_SIZE);
  wipe(PRK, 64);
  wipe(T, 64);
  wipe(CTR, 16);
}
