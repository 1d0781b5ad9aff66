// Points of secp521r1, y² = x³ − 3x + b over GF(2^521 − 1) (SEC 1 v2 §2.2.1, FIPS 186-5 / SP 800-186 §3.2.1.5).
//
// Layout: a point is three field elements X, Y, Z (field.ts) at +0, +FE, +2·FE (PT = 432 bytes). Two coordinate
// systems are used, and each function names which one it takes:
//   projective (homogeneous)  x = X/Z,  y = Y/Z;  infinity = (0 : Y : 0), Y ≠ 0.
//   Jacobian                  x = X/Z², y = Y/Z³; infinity has Z = 0.
// Additions use the complete formulas of Renes, Costello and Batina, "Complete addition formulas for prime order
// elliptic curves" (EUROCRYPT 2016), Algorithm 4 (projective + projective, a = −3) and Algorithm 5 (projective +
// affine): they are correct for every pair of inputs, including P = Q, P = −Q and the point at infinity, so no
// secret-dependent special case exists. Doublings use Bernstein's Jacobian formula dbl-2001-b (a = −3, 3M + 5S):
// it is exception-free on this curve because the group has prime order (no point has y = 0, so the doubling of
// any finite point is finite, Z3 = 2·Y1·Z1 ≠ 0) and it maps infinity (Z = 0) to infinity.
// Every function in this file executes the same operations for all inputs except those marked "variable time",
// which serve signature verification on public data only.
import { FE, feAdd, feCanon, feCmov, feCopy, feInv, feIsZero, feMul, feMul3Sub, feMul4Sub, feMulSmall, feNeg, feSetSmall, feSqr, feSub, feSub3, feSubMul8, feSubSub } from './field';
import { CURVE_B } from './constants';

export const PT: usize = 3 * FE;

// Private temporaries: one block per function family, so nested calls never share scratch.
const DT: usize = memory.data(6 * 144, 16);   // jacDouble
const AT: usize = memory.data(8 * 144, 16);   // projAdd / projAddAffine
const CT: usize = memory.data(4 * 144, 16);   // conversions, affine, on-curve
const VT: usize = memory.data(12 * 144, 16);  // variable-time Jacobian addition
const ZT: usize = memory.data(7 * 144, 16);   // co-Z doubling and addition (table of mult.ts)

/** r = 2·p, Jacobian (dbl-2001-b). r may alias p. Linear steps fused (field-mul.ts) where the formula allows. */
export function jacDouble(r: usize, p: usize): void {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE;
  const delta = DT, gamma = DT + FE, beta = DT + 2 * FE, alpha = DT + 3 * FE, t = DT + 4 * FE, u = DT + 5 * FE;
  feSqr(delta, Z1);                 // δ = Z1²
  feSqr(gamma, Y1);                 // γ = Y1²
  feMul(beta, X1, gamma);           // β = X1·γ
  feSub3(t, X1, delta);
  feAdd(u, X1, delta);
  feMul(alpha, t, u);               // α = 3(X1 − δ)(X1 + δ)
  feAdd(t, Y1, Z1);
  feSqr(t, t);
  feSubSub(r + 2 * FE, t, gamma, delta); // Z3 = (Y1 + Z1)² − γ − δ   (Z1, Y1 no longer read below)
  doubleXY(r, alpha, beta, gamma, t, u);
}

/**
 * The common end of jacDouble and projDoubleToJac: X3 = α² − 8β at r, Y3 = α(4β − X3) − 8g² at r + FE (g = γ, resp.
 * w). t, u: scratch distinct from the inputs.
 */
// @ts-ignore: decorator
@inline function doubleXY(r: usize, alpha: usize, beta: usize, g: usize, t: usize, u: usize): void {
  feSqr(t, alpha);
  feSubMul8(r, t, beta);            // X3 = α² − 8β
  feMul4Sub(u, beta, r);
  feMul(u, alpha, u);               // α(4β − X3)
  feSqr(t, g);
  feSubMul8(r + FE, u, t);          // Y3 = α(4β − X3) − 8g²
}

/**
 * r = 2·p with p projective (homogeneous) and r Jacobian, 5M + 2S: the first doubling of each window of mult.ts,
 * replacing projToJac (2M + 1S) followed by jacDouble (3M + 5S). With x = X/Z, y = Y/Z, λ = (3x² − 3)/(2y) and
 * Z3 = 2·Y·Z: λ = α/Z3 for α = 3(X − Z)(X + Z); X3 = x3·Z3² = α² − 8β with β = X·Y²·Z; Y3 = y3·Z3³ = α(4β − X3) − 8w²
 * with w = Y²·Z (so w² = Y⁴Z²). Exception-free like dbl-2001-b: the group has prime order, so y ≠ 0 and Z3 ≠ 0 for
 * every finite p (Z ≠ 0), and infinity (Z = 0) maps to Z3 = 0. r may alias p.
 */
export function projDoubleToJac(r: usize, p: usize): void {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE;
  const t = DT, w = DT + FE, alpha = DT + 2 * FE, beta = DT + 3 * FE, u = DT + 4 * FE, v = DT + 5 * FE;
  feMul(t, Y1, Z1);                 // Y·Z
  feMul(w, Y1, t);                  // w = Y²·Z
  feSub3(u, X1, Z1);
  feAdd(v, X1, Z1);
  feMul(alpha, u, v);               // α = 3(X − Z)(X + Z)
  feMul(beta, X1, w);               // β = X·Y²·Z   (X1 no longer read below)
  feAdd(r + 2 * FE, t, t);          // Z3 = 2·Y·Z   (Y1, Z1 no longer read below)
  doubleXY(r, alpha, beta, w, u, v);
}

// --- Co-Z arithmetic (Meloni 2007; Goundar, Joye, Miyaji, Rivain, Venelli 2011): the odd-multiples tables of
// mult.ts and verify.ts only. Jacobian points that share one Z add in 5M + 2S instead of a 14-multiplication complete
// addition. These formulas are not complete: they need p ≠ ±q and both finite. Both files use them on the fixed
// sequence P, 2P, 3P, …, 31P of a validated point P, whose order is the prime n > 31, so no exceptional case can
// arise for any input; no secret scalar is involved yet.

/**
 * d = 2P and p1 = P, Jacobian with the same Z (= 2y), from affine P = (x, y) (DBLU with Z = 1, a = −3): 1M + 5S.
 * With B = x², E = y², L = E², S = 2((x + E)² − B − L) = 4xy², M = 3B − 3: 2P = (M² − 2S, M(S − X) − 8L, 2y), and
 * P = (x·(2y)², y·(2y)³, 2y) = (S, 8L, 2y). d, p1 must not alias x, y or each other.
 */
export function jacDoubleCoZ(d: usize, p1: usize, x: usize, y: usize): void {
  const B = ZT, E = ZT + FE, L = ZT + 2 * FE, t = ZT + 3 * FE, S = ZT + 4 * FE, M = ZT + 5 * FE, u = ZT + 6 * FE;
  feSqr(B, x);
  feSqr(E, y);
  feSqr(L, E);
  feAdd(t, x, E);
  feSqr(t, t);
  feSubSub(t, t, B, L);
  feAdd(S, t, t);                   // S = 2((x + E)² − B − L)
  feSetSmall(u, 1);
  feSub3(M, B, u);                  // M = 3(B − 1) = 3x² + a
  feSqr(u, M);
  feSubSub(d, u, S, S);             // X(2P) = M² − 2S
  feSub(u, S, d);
  feMul(u, M, u);
  feSubMul8(d + FE, u, L);          // Y(2P) = M(S − X) − 8L
  feAdd(d + 2 * FE, y, y);          // Z = 2y
  feCopy(p1, S);
  feMulSmall(p1 + FE, L, 8);
  feCopy(p1 + 2 * FE, d + 2 * FE);
}

/**
 * r = p + q for Jacobian p, q with the same Z (q's Z is not read), and p replaced by the same point with r's Z
 * (ZADDU): 5M + 2S. Needs p ≠ ±q, both finite (see above). With e = X1 − X2, f = Y1 − Y2, C = e², W1 = X1·C,
 * W2 = X2·C, A = Y1·(W1 − W2): X3 = f² − W1 − W2, Y3 = f·(W1 − X3) − A, Z3 = Z·e, and p becomes (W1, A, Z3).
 * r must not alias p or q.
 */
export function jacAddCoZ(r: usize, p: usize, q: usize): void {
  const X1 = p, Y1 = p + FE, Z = p + 2 * FE, X2 = q, Y2 = q + FE;
  const e = ZT, f = ZT + FE, C = ZT + 2 * FE, W1 = ZT + 3 * FE, W2 = ZT + 4 * FE, A = ZT + 5 * FE, t = ZT + 6 * FE;
  feSub(e, X1, X2);
  feSub(f, Y1, Y2);
  feSqr(C, e);
  feMul(W1, X1, C);
  feMul(W2, X2, C);
  feSub(t, W1, W2);
  feMul(A, Y1, t);
  feSqr(t, f);
  feSubSub(r, t, W1, W2);           // X3
  feSub(t, W1, r);
  feMul(t, f, t);
  feSub(r + FE, t, A);              // Y3
  feMul(r + 2 * FE, Z, e);          // Z3
  feCopy(X1, W1);
  feCopy(Y1, A);
  feCopy(Z, r + 2 * FE);
}

/**
 * r = p + q, projective (RCB 2016, Algorithm 4, a = −3): complete, 12M + 2·m_b. r may alias p or q.
 */
export function projAdd(r: usize, p: usize, q: usize): void {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE, X2 = q, Y2 = q + FE, Z2 = q + 2 * FE;
  const t0 = AT, t1 = AT + FE, t2 = AT + 2 * FE, t3 = AT + 3 * FE, t4 = AT + 4 * FE;
  const X3 = AT + 5 * FE, Y3 = AT + 6 * FE, Z3 = AT + 7 * FE;
  feMul(t0, X1, X2); feMul(t1, Y1, Y2); feMul(t2, Z1, Z2);
  feAdd(t3, X1, Y1); feAdd(t4, X2, Y2); feMul(t3, t3, t4);
  feSubSub(t3, t3, t0, t1);                            // steps 7–8
  feAdd(t4, Y1, Z1); feAdd(X3, Y2, Z2); feMul(t4, t4, X3);
  feSubSub(t4, t4, t1, t2);                            // steps 12–13
  feAdd(X3, X1, Z1); feAdd(Y3, X2, Z2); feMul(X3, X3, Y3);
  feSubSub(Y3, X3, t0, t2);                            // steps 17–18
  finishAdd(r, t0, t1, t2, t3, t4, X3, Y3, Z3);
}

/**
 * r = p + q with q affine (x at q, y at q + FE; never infinity), p projective (RCB 2016, Algorithm 5, a = −3):
 * complete for every projective p, 11M + 2·m_b. r may alias p.
 */
export function projAddAffine(r: usize, p: usize, q: usize): void {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE, X2 = q, Y2 = q + FE;
  const t0 = AT, t1 = AT + FE, t2 = AT + 2 * FE, t3 = AT + 3 * FE, t4 = AT + 4 * FE;
  const X3 = AT + 5 * FE, Y3 = AT + 6 * FE, Z3 = AT + 7 * FE;
  feMul(t0, X1, X2); feMul(t1, Y1, Y2); feAdd(t3, X2, Y2);
  feAdd(t4, X1, Y1); feMul(t3, t3, t4);
  feSubSub(t3, t3, t0, t1); feMul(t4, Y2, Z1); feAdd(t4, t4, Y1);
  feMul(Y3, X2, Z1); feAdd(Y3, Y3, X1);
  // From here Algorithm 5 equals Algorithm 4 with t2 = Z1 (Z2 = 1).
  feCopy(t2, Z1);
  finishAdd(r, t0, t1, t2, t3, t4, X3, Y3, Z3);
}

/**
 * The common tail of RCB Algorithms 4 and 5 (steps 19–43 of Algorithm 4). Runs of additions that compute a small
 * multiple are fused: steps 20–22 are X3 = 3(Y3 − Z3), 26–27 t2 = 3·t2, 28–29 Y3 = Y3 − t2 − t0, 30–31
 * Y3 = 3·Y3, 32–34 t0 = 3·t0 − t2 (the same values, one carry pass each).
 */
function finishAdd(r: usize, t0: usize, t1: usize, t2: usize, t3: usize, t4: usize, X3: usize, Y3: usize, Z3: usize): void {
  feMul(Z3, CURVE_B, t2); feSub3(X3, Y3, Z3);
  feSub(Z3, t1, X3); feAdd(X3, t1, X3);
  feMul(Y3, CURVE_B, Y3); feMulSmall(t2, t2, 3);
  feSubSub(Y3, Y3, t2, t0); feMulSmall(Y3, Y3, 3);
  feMul3Sub(t0, t0, t2); feMul(t1, t4, Y3); feMul(t2, t0, Y3);
  feMul(Y3, X3, Z3); feAdd(Y3, Y3, t2); feMul(X3, t3, X3);
  feSub(X3, X3, t1); feMul(Z3, t4, Z3); feMul(t1, t3, t0);
  feAdd(Z3, Z3, t1);
  feCopy(r, X3); feCopy(r + FE, Y3); feCopy(r + 2 * FE, Z3);
}

/**
 * r = 2·p, projective (RCB 2016, Algorithm 6, a = −3): complete (infinity included), 8M + 3S + 2·m_b. Runs of
 * additions fused as in finishAdd (steps 9–11, 16–17, 19–20, 21–22, 23–25, 33–34). r may alias p.
 */
export function projDouble(r: usize, p: usize): void {
  const X = p, Y = p + FE, Z = p + 2 * FE;
  const t0 = AT, t1 = AT + FE, t2 = AT + 2 * FE, t3 = AT + 3 * FE;
  const X3 = AT + 5 * FE, Y3 = AT + 6 * FE, Z3 = AT + 7 * FE;
  feSqr(t0, X); feSqr(t1, Y); feSqr(t2, Z);
  feMul(t3, X, Y); feAdd(t3, t3, t3);
  feMul(Z3, X, Z); feAdd(Z3, Z3, Z3);
  feMul(Y3, CURVE_B, t2); feSub3(Y3, Y3, Z3);        // steps 8–11: Y3 = 3(b·t2 − Z3)
  feSub(X3, t1, Y3); feAdd(Y3, t1, Y3);
  feMul(Y3, X3, Y3); feMul(X3, X3, t3);
  feMulSmall(t2, t2, 3);                             // steps 16–17
  feMul(Z3, CURVE_B, Z3); feSubSub(Z3, Z3, t2, t0);  // steps 18–20
  feMulSmall(Z3, Z3, 3);                             // steps 21–22
  feMul3Sub(t0, t0, t2);                             // steps 23–25
  feMul(t0, t0, Z3); feAdd(Y3, Y3, t0);
  feMul(t0, Y, Z); feAdd(t0, t0, t0);
  feMul(Z3, t0, Z3); feSub(X3, X3, Z3);
  feMul(Z3, t0, t1); feMulSmall(Z3, Z3, 4);          // steps 32–34
  feCopy(r, X3); feCopy(r + FE, Y3); feCopy(r + 2 * FE, Z3);
}

/** Jacobian → projective: (X·Z, Y, Z³). r may alias p. */
export function jacToProj(r: usize, p: usize): void {
  const z2 = CT, z3 = CT + FE;
  feSqr(z2, p + 2 * FE);
  feMul(z3, z2, p + 2 * FE);
  feMul(r, p, p + 2 * FE);
  feCopy(r + FE, p + FE);
  feCopy(r + 2 * FE, z3);
}

/** (x, y) = affine coordinates of projective p (x = X/Z, y = Y/Z). Z = 0 gives (0, 0). One inversion. */
export function projToAffine(x: usize, y: usize, p: usize): void {
  const zi = CT + 2 * FE;
  feInv(zi, p + 2 * FE);
  feMul(x, p, zi);
  feMul(y, p + FE, zi);
  memory.fill(zi, 0, FE);
}

/**
 * x = the canonical affine x coordinate of projective p (X/Z): one inversion; y is not computed (ECDH needs x only,
 * and x(−P) = x(P)).
 */
export function projToAffineX(x: usize, p: usize): void {
  const zi = CT + 2 * FE;
  feInv(zi, p + 2 * FE);
  feMul(x, p, zi);
  feCanon(x, x);
  memory.fill(zi, 0, FE);
}

/**
 * (x, y) = canonical affine coordinates of projective p, with y negated when `negate` is all ones (a masked
 * selection, no branch): the last step of mult.ts and comb.ts, which multiply by k or by n − k, whichever is odd.
 */
export function projToAffineSigned(x: usize, y: usize, p: usize, negate: u64): void {
  const t = CT + 3 * FE;
  projToAffine(x, y, p);
  feCanon(x, x);
  feNeg(t, y);
  feCmov(y, t, negate);
  feCanon(y, y);
  memory.fill(t, 0, FE);
}

/** Projective p from affine (x, y). */
export function projFromAffine(r: usize, x: usize, y: usize): void {
  feCopy(r, x); feCopy(r + FE, y); feSetSmall(r + 2 * FE, 1);
}

/** All ones when (x, y) satisfies y² = x³ − 3x + b (mod p). Inputs tight. Constant time. */
export function onCurve(x: usize, y: usize): u64 {
  const l = CT, rr = CT + FE, t = CT + 2 * FE;
  feSqr(l, y);
  feSqr(rr, x);
  feMul(rr, rr, x);
  feMulSmall(t, x, 3);
  feSub(rr, rr, t);
  feAdd(rr, rr, CURVE_B);
  feSub(l, l, rr);
  return feIsZero(l, t);
}

/** r = mask ? a : r for whole points. */
export function ptCmov(r: usize, a: usize, mask: u64): void {
  feCmov(r, a, mask); feCmov(r + FE, a + FE, mask); feCmov(r + 2 * FE, a + 2 * FE, mask);
}

// --- Variable time (public data only: signature verification) ---

/**
 * r = p + q, Jacobian (add-2007-bl, 11M + 5S), for finite p and q (the caller tracks infinity); P = Q and P = −Q are
 * handled by branches. Returns true when the sum is infinity (r is then meaningless). VARIABLE TIME: public inputs
 * only. r may alias p or q.
 */
export function jacAddVartime(r: usize, p: usize, q: usize): bool {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE, X2 = q, Y2 = q + FE, Z2 = q + 2 * FE;
  const z1z1 = VT, z2z2 = VT + FE, u1 = VT + 2 * FE, u2 = VT + 3 * FE, s1 = VT + 4 * FE, s2 = VT + 5 * FE;
  const h = VT + 6 * FE, i = VT + 7 * FE, j = VT + 8 * FE, rr = VT + 9 * FE, v = VT + 10 * FE, t = VT + 11 * FE;
  feSqr(z1z1, Z1); feSqr(z2z2, Z2);
  feMul(u1, X1, z2z2); feMul(u2, X2, z1z1);
  feMul(s1, Y1, Z2); feMul(s1, s1, z2z2);
  feMul(s2, Y2, Z1); feMul(s2, s2, z1z1);
  feSub(h, u2, u1);
  feSub(rr, s2, s1);
  if (feIsZero(h, t) != 0) {
    if (feIsZero(rr, t) != 0) { jacDouble(r, p); return false; } // P = Q (finite: no point of order 2)
    return true;                                                  // P = −Q
  }
  feAdd(rr, rr, rr);                         // r = 2(S2 − S1)
  feAdd(i, h, h); feSqr(i, i);               // I = (2H)²
  feMul(j, h, i);                            // J = H·I
  feMul(v, u1, i);                           // V = U1·I
  feAdd(t, Z1, Z2); feSqr(t, t); feSub(t, t, z1z1); feSub(t, t, z2z2);
  feMul(r + 2 * FE, t, h);                   // Z3 = ((Z1 + Z2)² − Z1Z1 − Z2Z2)·H
  feSqr(t, rr); feSub(t, t, j); feSub(t, t, v); feSub(t, t, v);
  feCopy(r, t);                              // X3 = r² − J − 2V
  feSub(v, v, t); feMul(v, rr, v);           // r(V − X3)
  feMul(s1, s1, j); feAdd(s1, s1, s1);
  feSub(r + FE, v, s1);                      // Y3 = r(V − X3) − 2·S1·J
  return false;
}

/**
 * r = p + q, p Jacobian and finite, q affine (x at q, y at q + FE): madd-2007-bl (7M + 4S); P = Q and P = −Q handled
 * by branches. Returns true when the sum is infinity. VARIABLE TIME: public inputs only. r may alias p.
 */
export function jacAddAffineVartime(r: usize, p: usize, q: usize): bool {
  const X1 = p, Y1 = p + FE, Z1 = p + 2 * FE, X2 = q, Y2 = q + FE;
  const z1z1 = VT, u2 = VT + FE, s2 = VT + 2 * FE, h = VT + 3 * FE, hh = VT + 4 * FE, i = VT + 5 * FE;
  const j = VT + 6 * FE, rr = VT + 7 * FE, v = VT + 8 * FE, t = VT + 9 * FE;
  feSqr(z1z1, Z1);
  feMul(u2, X2, z1z1);
  feMul(s2, Y2, Z1); feMul(s2, s2, z1z1);
  feSub(h, u2, X1);
  feSub(rr, s2, Y1);
  if (feIsZero(h, t) != 0) {
    if (feIsZero(rr, t) != 0) { jacDouble(r, p); return false; }
    return true;
  }
  feSqr(hh, h);
  feMulSmall(i, hh, 4);                      // I = 4·HH
  feMul(j, h, i);                            // J = H·I
  feAdd(rr, rr, rr);                         // r = 2(S2 − Y1)
  feMul(v, X1, i);                           // V = X1·I
  feAdd(t, Z1, h); feSqr(t, t); feSub(t, t, z1z1); feSub(r + 2 * FE, t, hh); // Z3 = (Z1 + H)² − Z1Z1 − HH
  feSqr(t, rr); feSub(t, t, j); feSub(t, t, v); feSub(t, t, v);
  feMul(s2, Y1, j); feAdd(s2, s2, s2);       // 2·Y1·J (before Y1 may be overwritten)
  feCopy(r, t);                              // X3 = r² − J − 2V
  feSub(v, v, t); feMul(v, rr, v);
  feSub(r + FE, v, s2);                      // Y3 = r(V − X3) − 2·Y1·J
  return false;
}

/** r = −p (Jacobian or projective: negate Y). */
export function ptNeg(r: usize, p: usize): void {
  if (r != p) { feCopy(r, p); feCopy(r + 2 * FE, p + 2 * FE); }
  feNeg(r + FE, p + FE);
}

export function pointWipe(): void {
  memory.fill(DT, 0, 6 * FE);
  memory.fill(AT, 0, 8 * FE);
  memory.fill(CT, 0, 4 * FE);
  memory.fill(VT, 0, 12 * FE);
  memory.fill(ZT, 0, 7 * FE);
}
