// GHASH (NIST SP 800-38D §6.4): Y_i = (Y_{i-1} ⊕ X_i) · H in GF(2^128) modulo x^128 + x^7 + x^2 + x + 1.
//
// Constant-time design. WebAssembly has no carry-less multiply, and a table of multiples of H indexed by data
// nibbles (Shoup's method) would leak through the cache, so the product is computed with ordinary integer
// multiplications on operands whose bits are spread out with "holes": x is split into four masks x & 0x1111…,
// x & 0x2222…, x & 0x4444…, x & 0x8888… (and likewise H). In the integer product of two such parts every bit
// product lands on positions of one residue class mod 4 and at most 15 of them meet at a position below bit 60,
// so their sum fits in the 4-bit gap and its lowest bit is exactly the XOR (GF(2) sum) of those bit products;
// the 16 products are XORed per class and masked back. This yields the low 64 bits of a 64×64 carry-less
// product with 16 i64.mul and no data-dependent branch or address (the technique is T. Pornin's, described for
// BearSSL's constant-time GHASH; the code here is written from that description). The high 64 bits come from the
// same routine on bit-reversed operands, since rev(u)⊗rev(v) = rev(u⊗v). A 128×128 product is three 64×64 products
// (Karatsuba), i.e. six half products, 96 multiplications per block.
//
// Representation: a block's bytes loaded big-endian as (hi, lo), so bit 127 − i of hi:lo is the coefficient of x^i
// (the GCM bit order). The integer carry-less product of two such values, shifted left once, is the 256-bit
// reflected product, reduced by the shift-and-XOR sequence in reduce().
//
// Aggregation: with H^1…H^4 precomputed, four blocks are absorbed as
// (Y ⊕ X1)·H^4 ⊕ X2·H^3 ⊕ X3·H^2 ⊕ X4·H; all half products are summed before the one Karatsuba recombination,
// bit reversal and reduction per group.
//
// Memory (private, wiped by ghashWipe): HT holds, per power, the four masked parts of h1, h0, h1 ⊕ h0 and of their
// bit reversals (24 u64 = 192 bytes); ST holds Y, H and the bookkeeping. Both are H-dependent secrets.

const M1: u64 = 0x1111111111111111;
const M2: u64 = 0x2222222222222222;
const M4: u64 = 0x4444444444444444;
const M8: u64 = 0x8888888888888888;

/** Per-power table: 6 operands × 4 parts × 8 bytes. */
const POWER_SIZE: usize = 192;
const HT: usize = memory.data(4 * 192, 64);
/** +0 Y.hi, +8 Y.lo, +16 H.hi, +24 H.lo, +32 powers ready (u32), +48 16-byte padding block, +64 result hi/lo. */
const ST: usize = memory.data(80, 16);
const ST_SIZE: usize = 80;

// @ts-ignore: decorator
@inline function brb(x: u64): u64 { // reverse the bits inside every byte
  x = ((x >> 1) & 0x5555555555555555) | ((x & 0x5555555555555555) << 1);
  x = ((x >> 2) & 0x3333333333333333) | ((x & 0x3333333333333333) << 2);
  return ((x >> 4) & 0x0F0F0F0F0F0F0F0F) | ((x & 0x0F0F0F0F0F0F0F0F) << 4);
}

// @ts-ignore: decorator
@inline function rev64(x: u64): u64 { return bswap<u64>(brb(x)); }

/** Low 64 bits of the carry-less product of x and the operand whose four masked parts are at `hp`. */
// @ts-ignore: decorator
@inline function bmul(x: u64, hp: usize): u64 {
  const h0 = load<u64>(hp, 0), h1 = load<u64>(hp, 8), h2 = load<u64>(hp, 16), h3 = load<u64>(hp, 24);
  let a = x & M1;
  let z0 = a * h0, z1 = a * h1, z2 = a * h2, z3 = a * h3;
  a = x & M2; z1 ^= a * h0; z2 ^= a * h1; z3 ^= a * h2; z0 ^= a * h3;
  a = x & M4; z2 ^= a * h0; z3 ^= a * h1; z0 ^= a * h2; z1 ^= a * h3;
  a = x & M8; z3 ^= a * h0; z0 ^= a * h1; z1 ^= a * h2; z2 ^= a * h3;
  return (z0 & M1) | (z1 & M2) | (z2 & M4) | (z3 & M8);
}

// @ts-ignore: decorator
@inline function storeParts(p: usize, v: u64): void {
  store<u64>(p, v & M1, 0); store<u64>(p, v & M2, 8); store<u64>(p, v & M4, 16); store<u64>(p, v & M8, 24);
}

/** Fill the table of power n (1…4) from its value hi:lo. */
function setPower(n: usize, hi: u64, lo: u64): void {
  const t = HT + (n - 1) * POWER_SIZE;
  const rhi = rev64(hi), rlo = rev64(lo);
  storeParts(t, hi); storeParts(t + 32, lo); storeParts(t + 64, hi ^ lo);
  storeParts(t + 96, rhi); storeParts(t + 128, rlo); storeParts(t + 160, rhi ^ rlo);
}

/**
 * Karatsuba recombination of the six summed half products, the shift to the reflected 256-bit product and the
 * reduction modulo x^128 + x^7 + x^2 + x + 1; the result goes to ST+64 (hi) and ST+72 (lo).
 * l1/l0/lm: low halves of hi·hi, lo·lo, (hi⊕lo)·(hi⊕lo); q1/q0/qm: the same on bit-reversed operands.
 */
function reduce(l1: u64, l0: u64, lm: u64, q1: u64, q0: u64, qm: u64): void {
  const p1h = rev64(q1) >> 1, p0h = rev64(q0) >> 1, pmh = rev64(qm) >> 1;
  const mh = pmh ^ p1h ^ p0h, ml = lm ^ l1 ^ l0;
  const c3 = p1h, c2 = l1 ^ mh, c1 = p0h ^ ml, c0 = l0;
  // Shift left by one: bit 255 − k of d is the coefficient of x^k of the product.
  const d3 = (c3 << 1) | (c2 >> 63), d2 = (c2 << 1) | (c1 >> 63), d1 = (c1 << 1) | (c0 >> 63), d0 = c0 << 1;
  // d1:d0 is the part of degree ≥ 128; multiply it by x^7 + x^2 + x + 1 (shifts right in this bit order) and
  // fold in again the few bits that this pushes past degree 127 (t, degree ≤ 6 above x^128).
  const t = (d0 << 63) ^ (d0 << 62) ^ (d0 << 57);
  store<u64>(ST, d3 ^ d1 ^ (d1 >> 1) ^ (d1 >> 2) ^ (d1 >> 7) ^ t ^ (t >> 1) ^ (t >> 2) ^ (t >> 7), 64);
  store<u64>(ST, d2 ^ d0 ^ ((d0 >> 1) | (d1 << 63)) ^ ((d0 >> 2) | (d1 << 62)) ^ ((d0 >> 7) | (d1 << 57)), 72);
}

/** (hi:lo) · (power table t) → ST+64. */
function mulByTable(hi: u64, lo: u64, t: usize): void {
  const rhi = rev64(hi), rlo = rev64(lo);
  reduce(bmul(hi, t), bmul(lo, t + 32), bmul(hi ^ lo, t + 64),
    bmul(rhi, t + 96), bmul(rlo, t + 128), bmul(rhi ^ rlo, t + 160));
}

/** Start a hash under the 16-byte key H at `h` (H = AES_K(0^128)); Y = 0. Only the power H^1 is prepared. */
export function ghashSetKey(h: usize): void {
  const hi = bswap<u64>(load<u64>(h)), lo = bswap<u64>(load<u64>(h, 8));
  store<u64>(ST, 0, 0); store<u64>(ST, 0, 8);
  store<u64>(ST, hi, 16); store<u64>(ST, lo, 24);
  setPower(1, hi, lo);
  store<u32>(ST, 1, 32);
}

/** Prepare H^2…H^4 for the four-block path (worth it from four blocks on). Idempotent. */
export function ghashPowers(): void {
  if (load<u32>(ST, 32) >= 4) return;
  const hhi = load<u64>(ST, 16), hlo = load<u64>(ST, 24);
  let hi = hhi, lo = hlo;
  for (let n: usize = 2; n <= 4; n++) {
    mulByTable(hi, lo, HT);
    hi = load<u64>(ST, 64); lo = load<u64>(ST, 72);
    setPower(n, hi, lo);
  }
  store<u32>(ST, 4, 32);
}

/** Absorb `n` whole blocks at `p` (1 ≤ n). */
function blocks(p: usize, n: usize): void {
  let yhi = load<u64>(ST, 0), ylo = load<u64>(ST, 8);
  if (load<u32>(ST, 32) >= 4) {
    while (n >= 4) {
      // Six running sums of half products; block k of the group is multiplied by H^(4-k). Block 0 carries Y.
      let l1: u64 = 0, l0: u64 = 0, lm: u64 = 0, q1: u64 = 0, q0: u64 = 0, qm: u64 = 0;
      let t = HT + 3 * POWER_SIZE;
      for (let k: usize = 0; k < 4; k++) {
        const e1 = load<u64>(p, 0), e0 = load<u64>(p, 8);
        let x1 = bswap<u64>(e1), x0 = bswap<u64>(e0), r1 = brb(e1), r0 = brb(e0);
        if (k == 0) { x1 ^= yhi; x0 ^= ylo; r1 = rev64(x1); r0 = rev64(x0); }
        l1 ^= bmul(x1, t); l0 ^= bmul(x0, t + 32); lm ^= bmul(x1 ^ x0, t + 64);
        q1 ^= bmul(r1, t + 96); q0 ^= bmul(r0, t + 128); qm ^= bmul(r1 ^ r0, t + 160);
        t -= POWER_SIZE; p += 16;
      }
      reduce(l1, l0, lm, q1, q0, qm);
      yhi = load<u64>(ST, 64); ylo = load<u64>(ST, 72);
      n -= 4;
    }
  }
  while (n > 0) {
    mulByTable(bswap<u64>(load<u64>(p, 0)) ^ yhi, bswap<u64>(load<u64>(p, 8)) ^ ylo, HT);
    yhi = load<u64>(ST, 64); ylo = load<u64>(ST, 72);
    p += 16; n--;
  }
  store<u64>(ST, yhi, 0); store<u64>(ST, ylo, 8);
}

/** Absorb `len` bytes at `p`; a final partial block is zero-padded (SP 800-38D §6.4 via §7.1 step 5). */
export function ghashUpdate(p: usize, len: usize): void {
  const full = len >> 4;
  if (full > 0) blocks(p, full);
  const rest = len & 15;
  if (rest > 0) {
    const pad = ST + 48;
    memory.fill(pad, 0, 16);
    memory.copy(pad, p + (full << 4), rest);
    blocks(pad, 1);
    memory.fill(pad, 0, 16);
  }
}

/** Absorb the length block [len(A)]_64 ‖ [len(C)]_64 (lengths in bits). */
export function ghashLengths(aadBytes: u64, ctBytes: u64): void {
  const pad = ST + 48;
  store<u64>(pad, bswap<u64>(aadBytes << 3), 0);
  store<u64>(pad, bswap<u64>(ctBytes << 3), 8);
  blocks(pad, 1);
  memory.fill(pad, 0, 16);
}

/** Write Y (16 bytes) to `out`. */
export function ghashDigest(out: usize): void {
  store<u64>(out, bswap<u64>(load<u64>(ST, 0)), 0);
  store<u64>(out, bswap<u64>(load<u64>(ST, 8)), 8);
}

/** Restart the accumulator under the same H (used after hashing a non-96-bit IV). */
export function ghashRestart(): void {
  store<u64>(ST, 0, 0); store<u64>(ST, 0, 8);
}

export function ghashWipe(): void {
  memory.fill(HT, 0, 4 * POWER_SIZE);
  memory.fill(ST, 0, ST_SIZE);
  memory.fill(ACC, 0, 48);
  memory.fill(XS, 0, 32);
}

// --- Stitched absorption (SIMD build): GCM interleaves these block steps with the AES rounds of the next pass, so
// the scalar multiplies of GHASH and the vector work of AES can execute side by side. Same arithmetic as blocks():
// four blocks per group against H^4…H^1, six running sums in ACC, one reduce per group. Pre: ghashPowers() ran.

/** Six running sums of half products for the group being absorbed. */
const ACC: usize = memory.data(48, 16);

/** The current stitched block in both forms: x1, x0 (value) and r1, r0 (bit-reversed). */
const XS: usize = memory.data(32, 16);

/**
 * Step `s` (0…5, a compile-time constant after inlining) of absorbing block `k` (0…3) of the current four-block
 * group from `p`: step 0 loads and converts the block (block 0 carries Y) and every step adds one of the six half
 * products to its running sum. Six small steps let the caller spread one block over an AES round.
 */
// @ts-ignore: decorator
@inline export function ghashStitchStep(p: usize, k: usize, s: i32): void {
  if (s == 0) {
    const e1 = load<u64>(p, 0), e0 = load<u64>(p, 8);
    let x1 = bswap<u64>(e1), x0 = bswap<u64>(e0), r1 = brb(e1), r0 = brb(e0);
    if (k == 0) { x1 ^= load<u64>(ST, 0); x0 ^= load<u64>(ST, 8); r1 = rev64(x1); r0 = rev64(x0); }
    store<u64>(XS, x1, 0); store<u64>(XS, x0, 8); store<u64>(XS, r1, 16); store<u64>(XS, r0, 24);
  }
  const t = HT + (3 - k) * POWER_SIZE;
  let x: u64;
  if (s == 0) x = load<u64>(XS, 0);
  else if (s == 1) x = load<u64>(XS, 8);
  else if (s == 2) x = load<u64>(XS, 0) ^ load<u64>(XS, 8);
  else if (s == 3) x = load<u64>(XS, 16);
  else if (s == 4) x = load<u64>(XS, 24);
  else x = load<u64>(XS, 16) ^ load<u64>(XS, 24);
  const a = ACC + (<usize>s << 3);
  store<u64>(a, (k == 0 ? 0 : load<u64>(a)) ^ bmul(x, t + (<usize>s << 5)));
}

/** Finish the group: Y = reduce(ACC); ACC cleared. */
export function ghashStitchFinish(): void {
  reduce(load<u64>(ACC, 0), load<u64>(ACC, 8), load<u64>(ACC, 16), load<u64>(ACC, 24), load<u64>(ACC, 32),
    load<u64>(ACC, 40));
  store<u64>(ST, load<u64>(ST, 64), 0);
  store<u64>(ST, load<u64>(ST, 72), 8);
  memory.fill(ACC, 0, 48);
  memory.fill(XS, 0, 32);
}
