// Salted multi-round identifier hashing (spec/api.md "Identifier hashing"; white paper: identifiers are hashed
// with multiple rounds of salted SHA-256 before they leave the device):
//   h0 = identifier,  h_i = SHA-256(h_{i-1} ‖ salt) for i = 1 … rounds,  result h_rounds.
//
// Round 1 absorbs the identifier through the streaming hash. Every later round hashes the fixed-length message
// h ‖ salt, so its padded blocks (FIPS 180-4 §5.1.1) are laid out once in MSG and only the first 32 bytes change:
// each round is then just `rounds × blocks` compressions with no buffering logic.
import { SHA256_STATE_SIZE, sha256Compress, sha256Final, sha256Init, sha256ResetH, sha256Update } from './sha256';
import { STATUS_BAD_LENGTH, STATUS_OK } from './abi';
import { storeBE32, wipe } from './bytes';

/** Largest salt the kernel accepts (the facade validates the same bound and names it in its error). */
export const SALT_MAX: u32 = 16384;

const ST: usize = memory.data(<i32>SHA256_STATE_SIZE, 16);
/** Padded message h ‖ salt ‖ 0x80 ‖ 0… ‖ bitlen: at most SALT_MAX + 32 + 9 bytes, rounded up to a block. */
const MSG_SIZE: usize = 16448; // = (SALT_MAX + 32 + 9) rounded up to a multiple of 64
const MSG: usize = memory.data(<i32>MSG_SIZE, 64);

/** Lay out the padded later-round message for this salt; returns its length in bytes (a multiple of 64). */
function prepare(salt: usize, saltLen: usize): usize {
  const msgLen: usize = 32 + saltLen;
  const padded: usize = (msgLen + 9 + 63) & ~(<usize>63);
  memory.copy(MSG + 32, salt, saltLen);
  store<u8>(MSG + msgLen, 0x80);
  memory.fill(MSG + msgLen + 1, 0, padded - msgLen - 9);
  store<u64>(MSG + padded - 8, bswap<u64>(<u64>msgLen << 3));
  return padded;
}

/** Hash one identifier into the 32 bytes at `out`; MSG must have been prepared for `salt`. */
function one(id: usize, idLen: usize, salt: usize, saltLen: usize, rounds: u32, padded: usize, out: usize): void {
  sha256Init(ST);
  sha256Update(ST, id, idLen);
  sha256Update(ST, salt, saltLen);
  sha256Final(ST, MSG); // h1 lands directly where the next round reads it
  for (let r: u32 = 1; r < rounds; r++) {
    sha256ResetH(ST);
    for (let b: usize = 0; b < padded; b += 64) sha256Compress(ST, MSG + b);
    for (let i: usize = 0; i < 32; i += 4) storeBE32(MSG + i, load<u32>(ST + i));
  }
  memory.copy(out, MSG, 32);
}

function finish(padded: usize): void {
  wipe(MSG, padded);
  wipe(ST, SHA256_STATE_SIZE);
}

export function saltedHash(id: usize, idLen: usize, salt: usize, saltLen: usize, rounds: u32, out: usize): i32 {
  if (rounds == 0 || saltLen > <usize>SALT_MAX) return STATUS_BAD_LENGTH;
  const padded = prepare(salt, saltLen);
  one(id, idLen, salt, saltLen, rounds, padded, out);
  finish(padded);
  return STATUS_OK;
}

/**
 * Batched form: `table` holds `count` pairs of u32 (pointer, length) naming each identifier; the 32-byte results are
 * written consecutively at `out`. The salt's padded message is laid out once for the whole batch.
 */
export function saltedHashBatch(count: u32, table: usize, salt: usize, saltLen: usize, rounds: u32, out: usize): i32 {
  if (rounds == 0 || saltLen > <usize>SALT_MAX) return STATUS_BAD_LENGTH;
  const padded = prepare(salt, saltLen);
  for (let i: u32 = 0; i < count; i++) {
    const entry = table + (<usize>i << 3);
    one(<usize>load<u32>(entry), <usize>load<u32>(entry, 4), salt, saltLen, rounds, padded, out + (<usize>i << 5));
  }
  finish(padded);
  return STATUS_OK;
}

export function identifierWipe(): void {
  finish(MSG_SIZE);
}
