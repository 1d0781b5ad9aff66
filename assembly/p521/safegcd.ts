// Constant-time inversion modulo an odd 521-bit modulus m (the group order n, or p) by Bernstein–Yang divsteps:
// D. J. Bernstein, B.-Y. Yang, "Fast constant-time gcd computation and modular inversion", TCHES 2019/3 (§8 divstep,
// §11 Theorem 11.2 for the iteration bound). Replaces Fermat's a^(m−2) (≈ 520 squarings + 130 multiplications mod
// n, most of an ECDSA signature) by 51 batches of 30 divsteps and two linear-combination passes each.
//
// divstep(δ, f, g) = (1 − δ, g, (g − f)/2) if δ > 0 and g is odd; (1 + δ, f, (g + f)/2) if g is odd;
// (1 + δ, f, g/2) otherwise. From (1, m, x) with m odd and f² + 4g² ≤ 5·2^(2·521), Theorem 11.2 gives g = 0 and
// f = ±gcd(m, x) = ±1 after ⌊(49·521 + 80)/17⌋ = 1506 steps; we run 51 · 30 = 1530. (Typical inputs need far
// fewer: the 3 698 test inputs of test/tooling/p521-inverse.test.ts all finish within 38 batches, so the tests
// cannot show the margin; it rests on the theorem's worst case.)
//
// Batches: 30 divsteps need only the low 30 bits of f and g and give a matrix T = [u v; q r] with
// 2^30·(f′, g′) = (u·f + v·g, q·f + r·g) exactly; every step doubles one row or adds ± one row to the other, so
// |u| + |v| ≤ 2^30 and |q| + |r| ≤ 2^30. The same matrix updates d, e, kept so that f ≡ d·x and g ≡ e·x (mod m):
// d′ = (u·d + v·e + md·m)/2^30, md chosen so the numerator's low 30 bits vanish. At the end x⁻¹ ≡ ±d.
//
// Numbers: 18 limbs of 30 bits as i64 (540 bits), little-endian; limbs 0…16 in [0, 2^30), limb 17 signed, so
// a number's sign is its top limb's sign. Bounds (checked in the comments where they are used):
//   |f|, |g| ≤ m < 2^521 (divsteps never increase max(|f|, |g|)); d, e ∈ (−2m, m).
//
// Constant time: fixed iteration counts; δ's sign, g's parity and the signs of d, e, f become all-ones/zero masks
// by arithmetic shifts and negation, and select by AND/XOR; i64 multiplications on x86-64 and ARM64 run in time
// independent of their operands. No branch or memory index depends on the input.

const LIMBS: usize = 18;
const MASK30: i64 = (1 << 30) - 1;
const BATCHES: i32 = 51;

const F: usize = memory.data(18 * 8, 16);
const G: usize = memory.data(18 * 8, 16);
const D: usize = memory.data(18 * 8, 16);
const E: usize = memory.data(18 * 8, 16);

// The current batch's transition matrix (|entries| ≤ 2^30, so they fit i32; kept as i64 for the products).
let tu: i64 = 0, tv: i64 = 0, tq: i64 = 0, tr: i64 = 0;

/**
 * 30 divsteps on the low 32 bits of f and g (step i reads bit 0 of g after i halvings, which depends only on the
 * low i + 1 bits of the inputs). Sets tu, tv, tq, tr; returns the new δ. The matrix is kept scaled by 2^i after i
 * steps (the f row doubles instead of the g row halving), so it stays integral.
 */
function divsteps30(delta: i32, f0: i32, g0: i32): i32 {
  let f = f0, g = g0;
  let u: i32 = 1, v: i32 = 0, q: i32 = 0, r: i32 = 1;
  for (let i = 0; i < 30; i++) {
    // swap = all ones iff δ > 0 and g odd (|δ| ≤ 1531, so −δ's sign bit is δ > 0).
    const swap = ((-delta) >> 31) & -(g & 1);
    // On swap: δ → −δ, (f, g) → (g, −f), rows likewise; then every case is "g += f if g odd; g /= 2; δ += 1".
    delta = (delta ^ swap) - swap;
    let t = (f ^ g) & swap; f ^= t; g ^= t; g = (g ^ swap) - swap;
    t = (u ^ q) & swap; u ^= t; q ^= t; q = (q ^ swap) - swap;
    t = (v ^ r) & swap; v ^= t; r ^= t; r = (r ^ swap) - swap;
    const odd = -(g & 1);
    g += f & odd; q += u & odd; r += v & odd;
    g >>= 1; u <<= 1; v <<= 1;
    delta += 1;
  }
  tu = <i64>u; tv = <i64>v; tq = <i64>q; tr = <i64>r;
  return delta;
}

/**
 * (f, g) = T·(f, g)/2^30. The division is exact (the batch's 30 steps cleared those bits), so the low limb's sum
 * is shifted out without a remainder. Terms: |u·f_i| ≤ 2^30·2^30; two of them plus a carry < 2^32 stay < 2^62.
 */
function updateFG(): void {
  const u = tu, v = tv, q = tq, r = tr;
  let f = load<i64>(F), g = load<i64>(G);
  let cf = u * f + v * g, cg = q * f + r * g;
  cf >>= 30; cg >>= 30;
  for (let i: usize = 1; i < LIMBS; i++) {
    f = load<i64>(F + (i << 3)); g = load<i64>(G + (i << 3));
    cf += u * f + v * g; cg += q * f + r * g;
    store<i64>(F + ((i - 1) << 3), cf & MASK30); store<i64>(G + ((i - 1) << 3), cg & MASK30);
    cf >>= 30; cg >>= 30;
  }
  store<i64>(F + 136, cf); store<i64>(G + 136, cg);
}

/**
 * (d, e) = (T·(d, e) + (md, me)·m)/2^30 with md, me making the low 30 bits zero (m·minv ≡ 1 mod 2^30).
 * Range: with d, e ∈ (−2m, m), md first takes u (v) where d (e) is negative, so the numerator is
 * u·(d + [d<0]·m) + v·(e + [e<0]·m) − t·m with both brackets in (−m, m) and t ∈ [0, 2^30): it lies in
 * (−2^31·m, 2^30·m), and d′ ∈ (−2m, m) again. |md| ≤ 2^31, so a limb's terms are < 2^60 + 2^60 + 2^61 plus
 * a carry < 2^33: < 2^63.
 */
function updateDE(m: usize, minv: i64): void {
  const u = tu, v = tv, q = tq, r = tr;
  const dneg = load<i64>(D, 136) >> 63, eneg = load<i64>(E, 136) >> 63;
  let md = (u & dneg) + (v & eneg), me = (q & dneg) + (r & eneg);
  let d = load<i64>(D), e = load<i64>(E);
  let cd = u * d + v * e, ce = q * d + r * e;
  md -= (minv * cd + md) & MASK30;
  me -= (minv * ce + me) & MASK30;
  const m0 = load<i64>(m);
  cd += md * m0; ce += me * m0;
  cd >>= 30; ce >>= 30;
  for (let i: usize = 1; i < LIMBS; i++) {
    const mi = load<i64>(m + (i << 3));
    d = load<i64>(D + (i << 3)); e = load<i64>(E + (i << 3));
    cd += u * d + v * e + md * mi; ce += q * d + r * e + me * mi;
    store<i64>(D + ((i - 1) << 3), cd & MASK30); store<i64>(E + ((i - 1) << 3), ce & MASK30);
    cd >>= 30; ce >>= 30;
  }
  store<i64>(D + 136, cd); store<i64>(E + 136, ce);
}

/**
 * x = ±y + (m AND add) − (m AND sub): y negated when `neg` is all ones; neg, add, sub ∈ {0, −1}. Limb by limb
 * ((y_i XOR neg) − neg is ±y_i), the carries renormalize limbs 0…16 to [0, 2^30) and the top limb keeps the sign.
 */
function addSigned(x: usize, y: usize, m: usize, neg: i64, add: i64, sub: i64): void {
  let c: i64 = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
    const mi = load<i64>(m + (i << 3));
    c += ((load<i64>(y + (i << 3)) ^ neg) - neg) + (mi & add) - (mi & sub);
    if (i < LIMBS - 1) { store<i64>(x + (i << 3), c & MASK30); c >>= 30; } else store<i64>(x + (i << 3), c);
  }
}

/** 18 × 29-bit limbs (u64, value < 2^522) → 18 × 30-bit limbs (top limb holds the remaining 12 bits). */
function from29(dst: usize, src: usize): void {
  let acc: u64 = 0, bits: u32 = 0, j: usize = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
    acc |= load<u64>(src + (i << 3)) << bits;
    bits += 29;
    if (bits >= 30) { store<i64>(dst + (j << 3), <i64>(acc & <u64>MASK30)); j++; acc >>= 30; bits -= 30; }
  }
  store<i64>(dst + (j << 3), <i64>acc);
}

/** 18 × 30-bit limbs of a value in [0, 2^522) → 18 × 29-bit limbs. */
function to29(dst: usize, src: usize): void {
  let acc: u64 = 0, bits: u32 = 0, j: usize = 0;
  for (let i: usize = 0; i < LIMBS; i++) {
    acc |= <u64>load<i64>(src + (i << 3)) << bits;
    bits += 30;
    while (bits >= 29 && j < LIMBS) { store<u64>(dst + (j << 3), acc & 0x1fffffff); j++; acc >>= 29; bits -= 29; }
  }
}

/**
 * r = a⁻¹ mod m (0 when a = 0). `a`, `r`: 18 × 29-bit limbs, a canonical (< m); r canonical. `m`: the modulus as
 * 18 × 30-bit i64 limbs; `minv` = m⁻¹ mod 2^30. r may alias a. Constant time; the state is wiped before returning.
 * (The loops over `bits` in from29/to29 depend only on the fixed limb widths.)
 */
export function invModOdd(r: usize, a: usize, m: usize, minv: i64): void {
  memory.copy(F, m, 144);
  from29(G, a);
  memory.fill(D, 0, 144);
  memory.fill(E, 0, 144);
  store<i64>(E, 1);
  let delta: i32 = 1;
  for (let b = 0; b < BATCHES; b++) {
    delta = divsteps30(delta, <i32>load<i64>(F), <i32>load<i64>(G));
    updateFG();
    updateDE(m, minv);
  }
  // g = 0 and f = ±1 now, with f ≡ d·a: a⁻¹ ≡ sign(f)·d. d ∈ (−2m, m), so ±d ∈ (−2m, 2m); two conditional
  // additions of m make it non-negative ([0, 2m)) and a masked subtraction brings it below m.
  addSigned(D, D, m, load<i64>(F, 136) >> 63, 0, 0);
  addSigned(D, D, m, 0, load<i64>(D, 136) >> 63, 0);
  addSigned(D, D, m, 0, load<i64>(D, 136) >> 63, 0);
  addSigned(E, D, m, 0, 0, -1);             // E = D − m; keep it when it is non-negative
  const keep = ~(load<i64>(E, 136) >> 63);
  for (let i: usize = 0; i < LIMBS; i++) {
    const x = load<i64>(D + (i << 3));
    store<i64>(D + (i << 3), x ^ ((x ^ load<i64>(E + (i << 3))) & keep));
  }
  to29(r, D);
  safegcdWipe();
}

/** Wipe the state (also called by p521_wipe_all after a trap). */
export function safegcdWipe(): void {
  memory.fill(F, 0, 144); memory.fill(G, 0, 144); memory.fill(D, 0, 144); memory.fill(E, 0, 144);
  tu = 0; tv = 0; tq = 0; tr = 0;
}
