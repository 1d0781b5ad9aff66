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
// Aggregation (scalar build): with H^1…H^4 precomputed, four blocks are absorbed as
// (Y ⊕ X1)·H^4 ⊕ X2·H^3 ⊕ X3·H^2 ⊕ X4·H; all half products are summed before the one Karatsuba recombination,
// bit reversal and reduction per group. The SIMD build absorbs every block on the vector path at the end of this
// file instead (SIMD128 multiplies, 8 blocks per reduction) as soon as its powers are prepared; the scalar
// routines above serve it for H^2…H^8 and for messages too short to be worth the powers.
//
// Memory (private, wiped by ghashWipe): HT holds, per power, the four masked parts of h1, h0, h1 ⊕ h0 and of their
// bit reversals (24 u64 = 192 bytes); ST holds Y, H and the bookkeeping. Both are H-dependent secrets. The vector
// path's regions are described with it.

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
  reduceWords(p1h, l1 ^ mh, p0h ^ ml, l0);
}

/**
 * Reduce the 255-bit product c3:c2:c1:c0 (bit 254 − k is the coefficient of x^k) modulo x^128 + x^7 + x^2 + x + 1;
 * the result goes to ST+64 (hi) and ST+72 (lo).
 */
// @ts-ignore: decorator
@inline function reduceWords(c3: u64, c2: u64, c1: u64, c0: u64): void {
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

/**
 * Prepare the powers for the aggregated path (worth it from a few blocks on). Idempotent. Scalar build: H^2…H^4
 * for the four-block path; SIMD build: the vector parts of H^1…H^8.
 */
export function ghashPowers(): void {
  if (load<u32>(ST, 32) >= 4) return;
  const hhi = load<u64>(ST, 16), hlo = load<u64>(ST, 24);
  let hi = hhi, lo = hlo;
  if (ASC_FEATURE_SIMD) {
    setVectorPower(SXT, hi, lo);
    for (let n: usize = 2; n <= SX_AGG; n++) {
      mulByTable(hi, lo, HT);
      hi = load<u64>(ST, 64); lo = load<u64>(ST, 72);
      setVectorPower(SXT + (n - 1) * SX_POWER, hi, lo);
    }
  } else {
    for (let n: usize = 2; n <= 4; n++) {
      mulByTable(hi, lo, HT);
      hi = load<u64>(ST, 64); lo = load<u64>(ST, 72);
      setPower(n, hi, lo);
    }
  }
  store<u32>(ST, 4, 32);
}

/** Absorb `n` whole blocks at `p` (1 ≤ n). */
function blocks(p: usize, n: usize): void {
  if (ASC_FEATURE_SIMD && load<u32>(ST, 32) >= 4) {
    while (n > 0) {
      const m = min<usize>(n, SX_AGG);
      vectorChunk(p, m);
      p += m << 4; n -= m;
    }
    return;
  }
  let yhi = load<u64>(ST, 0), ylo = load<u64>(ST, 8);
  if (!ASC_FEATURE_SIMD && load<u32>(ST, 32) >= 4) {
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
  if (ASC_FEATURE_SIMD) {
    memory.fill(SXT, 0, 8 * SX_POWER);
    memory.fill(SXL, 0, 8 * 80);
    memory.fill(SXR, 0, 112);
  }
  memory.fill(ST, 0, ST_SIZE);
}

// --- Vector GHASH (SIMD build) ---
//
// The same product as above, on SIMD128 multiplies. A 128×128 carry-less product is split by Karatsuba three times
// (128 → 64 → 32 → 16 bits) into 27 products of 16-bit "leaves". Each 16×16 carry-less product is computed with
// i32x4.mul (exact: the integer product of two 16-bit values fits in 32 bits) on operands masked into three
// interleaved parts, bits ≡ 0, 1, 2 (mod 3): a part has at most 6 bits, so at most 6 bit products meet at any
// position; each such count fits in the 3 bits before the next position of the same residue class and nothing
// carries from one used position to the next. The low bit at every position ≡ s + t (mod 3) of the product of parts
// s and t is therefore the GF(2) sum of the bit products there; the nine part products are XORed per class, masked
// and merged. Four leaves share one vector, so a block costs 63 multiplies (7 groups × 3 × 3); products of
// aggregated blocks (up to 8, against H^8…H^1) are XORed before the one mask, Karatsuba recombination and reduction
// per group. Everything is fixed-sequence: masks, multiplies, shuffles and XORs, no branch or address on data.
//
// Leaf layout (32-bit lanes; a lane's low 16 bits are the leaf, anything above is masked away): with the operand
// as 16-bit limbs L0…L7 (little-endian lanes of the big-endian value), the three 64-bit Karatsuba operands are
// X0 = L0…L3, X1 = L4…L7, Xm = X0 ⊕ X1, and the nine 32-bit ones are their lo, hi and mid = lo ⊕ hi halves:
//   V1 = [X0.lo, X0.hi, X1.lo, X1.hi]      group 0: V1 lo16 · group 1: V1 hi16 · group 2: lo16 ⊕ hi16
//   V2 = [Xm.lo, Xm.hi, X0.mid, X1.mid]    group 3, 4, 5 likewise
//   group 6 = [Xm.mid lo16, Xm.mid hi16, Xm.mid lo16 ⊕ hi16, unused]
// Per block the leaf vectors V1, E1 = V1 ⊕ rot16(V1), V2, E2 and group 6 are kept (5 × 16 bytes at SXL).
//
// Memory (private, H- or data-dependent, wiped by ghashWipe): SXT the three masked parts of every group of H^1…H^8
// (336 bytes per power), SXL leaf vectors of the current chunk, SXR the seven group results.

/** Blocks aggregated per reduction on the vector path. */
const SX_AGG: usize = 8;
const SX_POWER: usize = 336;
const SXT: usize = memory.data(8 * 336, 16);
const SXL: usize = memory.data(8 * 80, 16);
const SXR: usize = memory.data(112, 16);

/** The five leaf vectors of the 128-bit value whose 16-bit limbs are the lanes of `a`, to `out` (80 bytes). */
// @ts-ignore: decorator
@inline function leafVectors(a: v128, out: usize): void {
  const b = v128.xor(a, i32x4.shuffle(a, a, 2, 3, 0, 1)); // [Xm.lo, Xm.hi, Xm.lo, Xm.hi]
  const c = v128.xor(a, i32x4.shuffle(a, a, 1, 0, 3, 2)); // [X0.mid, X0.mid, X1.mid, X1.mid]
  const v2 = i32x4.shuffle(b, c, 0, 1, 4, 6);
  const d = v128.xor(b, i32x4.shuffle(b, b, 1, 0, 1, 0)); // lane 0: Xm.mid
  const e3 = v128.xor(d, i16x8.shuffle(d, d, 1, 0, 1, 0, 1, 0, 1, 0)); // lane 0 low 16: Xm.mid lo ⊕ hi
  v128.store(out, a, 0);
  v128.store(out, v128.xor(a, i16x8.shuffle(a, a, 1, 0, 3, 2, 5, 4, 7, 6)), 16);
  v128.store(out, v2, 32);
  v128.store(out, v128.xor(v2, i16x8.shuffle(v2, v2, 1, 0, 3, 2, 5, 4, 7, 6)), 48);
  v128.store(out, i16x8.shuffle(d, e3, 0, 0, 1, 1, 8, 8, 8, 8), 64);
}

/** Leaf vector of group `g` (0…6) from the five vectors at `lv`. */
// @ts-ignore: decorator
@inline function groupVector(lv: usize, g: i32): v128 {
  if (g == 0) return v128.load(lv, 0);
  if (g == 1) return i32x4.shr_u(v128.load(lv, 0), 16);
  if (g == 2) return v128.load(lv, 16);
  if (g == 3) return v128.load(lv, 32);
  if (g == 4) return i32x4.shr_u(v128.load(lv, 32), 16);
  if (g == 5) return v128.load(lv, 48);
  return v128.load(lv, 64);
}

const C0: i32 = 0x9249; // 16-bit part masks: bits ≡ 0, 1, 2 (mod 3)
const C1: i32 = 0x2492;
const C2: i32 = 0x4924;

/** Parts table of one power (value hi:lo in the big-endian form) at `t`: per group the three masked parts. */
function setVectorPower(t: usize, hi: u64, lo: u64): void {
  leafVectors(i64x2(<i64>lo, <i64>hi), SXL);
  for (let g: i32 = 0; g < 7; g++) {
    let v: v128;
    if (g == 0) v = groupVector(SXL, 0);
    else if (g == 1) v = groupVector(SXL, 1);
    else if (g == 2) v = groupVector(SXL, 2);
    else if (g == 3) v = groupVector(SXL, 3);
    else if (g == 4) v = groupVector(SXL, 4);
    else if (g == 5) v = groupVector(SXL, 5);
    else v = groupVector(SXL, 6);
    const p = t + <usize>g * 48;
    v128.store(p, v128.and(v, i32x4.splat(C0)), 0);
    v128.store(p, v128.and(v, i32x4.splat(C1)), 16);
    v128.store(p, v128.and(v, i32x4.splat(C2)), 32);
  }
  memory.fill(SXL, 0, 80);
}

/** Sum over the `m` blocks of this chunk of (leaves of group g of block b) ⊗ (group g of H^(m−b)), masked, → SXR. */
// @ts-ignore: decorator
@inline function groupProducts(m: usize, g: i32): void {
  const k0 = i32x4.splat(C0), k1 = i32x4.splat(C1), k2 = i32x4.splat(C2);
  let a0 = i32x4.splat(0), a1 = i32x4.splat(0), a2 = i32x4.splat(0);
  let lv = SXL, hp = SXT + (m - 1) * SX_POWER + <usize>g * 48;
  for (let b: usize = 0; b < m; b++) {
    const v = groupVector(lv, g);
    const x0 = v128.and(v, k0), x1 = v128.and(v, k1), x2 = v128.and(v, k2);
    const h0 = v128.load(hp, 0), h1 = v128.load(hp, 16), h2 = v128.load(hp, 32);
    // Part s · part t lands on positions ≡ s + t (mod 3).
    a0 = v128.xor(a0, v128.xor(i32x4.mul(x0, h0), v128.xor(i32x4.mul(x1, h2), i32x4.mul(x2, h1))));
    a1 = v128.xor(a1, v128.xor(i32x4.mul(x0, h1), v128.xor(i32x4.mul(x1, h0), i32x4.mul(x2, h2))));
    a2 = v128.xor(a2, v128.xor(i32x4.mul(x0, h2), v128.xor(i32x4.mul(x1, h1), i32x4.mul(x2, h0))));
    lv += 80; hp -= SX_POWER;
  }
  const r = v128.or(v128.or(v128.and(a0, i32x4.splat(0x49249249)), v128.and(a1, i32x4.splat(<i32>0x92492492))),
    v128.and(a2, i32x4.splat(0x24924924)));
  v128.store(SXR + (<usize>g << 4), r);
}

/** 32×32 product from its three leaf products (Karatsuba): r11·2^32 ⊕ (rm ⊕ r11 ⊕ r00)·2^16 ⊕ r00. */
// @ts-ignore: decorator
@inline function combine32(r00: u64, r11: u64, rm: u64): u64 {
  return r00 ^ ((rm ^ r00 ^ r11) << 16) ^ (r11 << 32);
}

/** Absorb `m` (1…8) blocks at `p` on the vector path. Pre: the vector powers are ready. */
function vectorChunk(p: usize, m: usize): void {
  const y = i64x2(load<i64>(ST, 8), load<i64>(ST, 0));
  const rev = i8x16(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  let lv = SXL;
  for (let b: usize = 0; b < m; b++) {
    let a = i8x16.swizzle(v128.load(p + (b << 4)), rev);
    if (b == 0) a = v128.xor(a, y);
    leafVectors(a, lv);
    lv += 80;
  }
  groupProducts(m, 0); groupProducts(m, 1); groupProducts(m, 2); groupProducts(m, 3);
  groupProducts(m, 4); groupProducts(m, 5); groupProducts(m, 6);
  const R = SXR;
  // 32-bit products: groups 0/1/2 hold 00/11/mid of V1's four values, 3/4/5 of V2's, group 6 of Xm.mid.
  const x0lo = combine32(<u64>load<u32>(R, 0), <u64>load<u32>(R, 16), <u64>load<u32>(R, 32));
  const x0hi = combine32(<u64>load<u32>(R, 4), <u64>load<u32>(R, 20), <u64>load<u32>(R, 36));
  const x1lo = combine32(<u64>load<u32>(R, 8), <u64>load<u32>(R, 24), <u64>load<u32>(R, 40));
  const x1hi = combine32(<u64>load<u32>(R, 12), <u64>load<u32>(R, 28), <u64>load<u32>(R, 44));
  const xmlo = combine32(<u64>load<u32>(R, 48), <u64>load<u32>(R, 64), <u64>load<u32>(R, 80));
  const xmhi = combine32(<u64>load<u32>(R, 52), <u64>load<u32>(R, 68), <u64>load<u32>(R, 84));
  const x0md = combine32(<u64>load<u32>(R, 56), <u64>load<u32>(R, 72), <u64>load<u32>(R, 88));
  const x1md = combine32(<u64>load<u32>(R, 60), <u64>load<u32>(R, 76), <u64>load<u32>(R, 92));
  const xmmd = combine32(<u64>load<u32>(R, 96), <u64>load<u32>(R, 100), <u64>load<u32>(R, 104));
  // 64-bit products (127 bits as hi:lo): p11·2^64 ⊕ m·2^32 ⊕ p00 with m = pm ⊕ p11 ⊕ p00.
  const m0 = x0md ^ x0lo ^ x0hi, m1 = x1md ^ x1lo ^ x1hi, mm = xmmd ^ xmlo ^ xmhi;
  const z00l = x0lo ^ (m0 << 32), z00h = x0hi ^ (m0 >> 32);
  const z11l = x1lo ^ (m1 << 32), z11h = x1hi ^ (m1 >> 32);
  const zmml = xmlo ^ (mm << 32), zmmh = xmhi ^ (mm >> 32);
  // 128-bit product: Z11·2^128 ⊕ (Zm ⊕ Z11 ⊕ Z00)·2^64 ⊕ Z00.
  const ml = zmml ^ z00l ^ z11l, mh = zmmh ^ z00h ^ z11h;
  reduceWords(z11h, z11l ^ mh, z00h ^ ml, z00l);
  store<u64>(ST, load<u64>(ST, 64), 0);
  store<u64>(ST, load<u64>(ST, 72), 8);
}
