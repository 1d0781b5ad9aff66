// Bitsliced AES S-box (FIPS 197 §5.1.1) as a Boolean circuit: no table, no secret-dependent branch or address.
//
// Circuit: J. Boyar and R. Peralta, "A depth-16 circuit for the AES S-box", IACR ePrint 2011/332 (also SEC 2012):
// 27 XOR (top linear layer) + 63 gates incl. 34 AND (shared non-linear middle: inversion in GF(2^8) through
// GF(2^4)) + 38 XOR/XNOR (bottom linear layer) = 128 gates, depth 16. The four XNOR gates of the bottom layer
// add the affine constant 0x63; they are written here as plain XOR, so the function computes S(x) ⊕ 0x63 and
// callers add 0x63 back where it is cheapest (folded into the round keys by aes256.ts: SubBytes is followed only
// by linear steps, and MixColumns maps an all-0x63 state to itself). The circuit was checked exhaustively
// against the S-box definition (multiplicative inverse + affine map) before use; the AES vectors in
// test/suites/aes exercise every input byte again.
//
// Bitslicing: eight "planes" q0…q7 hold bit b (q0 = least significant bit) of every byte being substituted, one
// byte per bit position of the lane type T: u32 (4 bytes, the key schedule), u64 (64 bytes, the scalar cipher) or
// v128 (128 bytes, the SIMD cipher). Every gate is one bitwise instruction on T, so all lanes are substituted at
// once in a fixed instruction sequence. The circuit's input U0 is the most significant bit (q7), output S0 too.

import { mixColumnsAddKeyX8 } from './aes256x8';

// @ts-ignore: decorator
@inline function X<T>(a: T, b: T): T {
  if (isVector<T>()) return changetype<T>(v128.xor(changetype<v128>(a), changetype<v128>(b)));
  else return a ^ b;
}

// @ts-ignore: decorator
@inline function A<T>(a: T, b: T): T {
  if (isVector<T>()) return changetype<T>(v128.and(changetype<v128>(a), changetype<v128>(b)));
  else return a & b;
}

/**
 * In place on the eight planes at `p` (plane b at p + b·sizeof<T>): every byte x becomes S(x) ⊕ 0x63.
 * Pre: the planes hold any values. Post: the planes hold the substituted bytes; no other memory is touched.
 *
 * Fused round (SIMD core only): with `rk` ≠ 0 the substituted planes are not stored as they are but go straight on
 * through MixColumns (variant `j`) and AddRoundKey with the planes at `rk` (aes256x8.ts mixColumnsAddKeyX8), so a
 * whole round runs from the state in memory back to it without a store and reload in the middle. Every other
 * caller passes rk = 0 and the hook compiles away.
 */
// @ts-ignore: decorator
@inline export function subBytesPlanes<T>(p: usize, rk: usize = 0, j: i32 = 0): void {
  const W: usize = sizeof<T>();
  const U0 = load<T>(p + 7 * W), U1 = load<T>(p + 6 * W), U2 = load<T>(p + 5 * W), U3 = load<T>(p + 4 * W);
  const U4 = load<T>(p + 3 * W), U5 = load<T>(p + 2 * W), U6 = load<T>(p + W), U7 = load<T>(p);

  // Top linear layer.
  const T1 = X<T>(U0, U3), T2 = X<T>(U0, U5), T3 = X<T>(U0, U6), T4 = X<T>(U3, U5), T5 = X<T>(U4, U6);
  const T6 = X<T>(T1, T5), T7 = X<T>(U1, U2), T8 = X<T>(U7, T6), T9 = X<T>(U7, T7), T10 = X<T>(T6, T7);
  const T11 = X<T>(U1, U5), T12 = X<T>(U2, U5), T13 = X<T>(T3, T4), T14 = X<T>(T6, T11), T15 = X<T>(T5, T11);
  const T16 = X<T>(T5, T12), T17 = X<T>(T9, T16), T18 = X<T>(U3, U7), T19 = X<T>(T7, T18), T20 = X<T>(T1, T19);
  const T21 = X<T>(U6, U7), T22 = X<T>(T7, T21), T23 = X<T>(T2, T22), T24 = X<T>(T2, T10), T25 = X<T>(T20, T17);
  const T26 = X<T>(T3, T16), T27 = X<T>(T1, T12);

  // Shared non-linear middle.
  const M1 = A<T>(T13, T6), M2 = A<T>(T23, T8), M3 = X<T>(T14, M1), M4 = A<T>(T19, U7), M5 = X<T>(M4, M1);
  const M6 = A<T>(T3, T16), M7 = A<T>(T22, T9), M8 = X<T>(T26, M6), M9 = A<T>(T20, T17), M10 = X<T>(M9, M6);
  const M11 = A<T>(T1, T15), M12 = A<T>(T4, T27), M13 = X<T>(M12, M11), M14 = A<T>(T2, T10), M15 = X<T>(M14, M11);
  const M16 = X<T>(M3, M2), M17 = X<T>(M5, T24), M18 = X<T>(M8, M7), M19 = X<T>(M10, M15), M20 = X<T>(M16, M13);
  const M21 = X<T>(M17, M15), M22 = X<T>(M18, M13), M23 = X<T>(M19, T25), M24 = X<T>(M22, M23);
  const M25 = A<T>(M22, M20), M26 = X<T>(M21, M25), M27 = X<T>(M20, M21), M28 = X<T>(M23, M25);
  const M29 = A<T>(M28, M27), M30 = A<T>(M26, M24), M31 = A<T>(M20, M23), M32 = A<T>(M27, M31);
  const M33 = X<T>(M27, M25), M34 = A<T>(M21, M22), M35 = A<T>(M24, M34), M36 = X<T>(M24, M25);
  const M37 = X<T>(M21, M29), M38 = X<T>(M32, M33), M39 = X<T>(M23, M30), M40 = X<T>(M35, M36);
  const M41 = X<T>(M38, M40), M42 = X<T>(M37, M39), M43 = X<T>(M37, M38), M44 = X<T>(M39, M40), M45 = X<T>(M42, M41);
  const M46 = A<T>(M44, T6), M47 = A<T>(M40, T8), M48 = A<T>(M39, U7), M49 = A<T>(M43, T16), M50 = A<T>(M38, T9);
  const M51 = A<T>(M37, T17), M52 = A<T>(M42, T15), M53 = A<T>(M45, T27), M54 = A<T>(M41, T10), M55 = A<T>(M44, T13);
  const M56 = A<T>(M40, T23), M57 = A<T>(M39, T19), M58 = A<T>(M43, T3), M59 = A<T>(M38, T22), M60 = A<T>(M37, T20);
  const M61 = A<T>(M42, T1), M62 = A<T>(M45, T4), M63 = A<T>(M41, T2);

  // Bottom linear layer (XNOR written as XOR: the result is S(x) ⊕ 0x63).
  const L0 = X<T>(M61, M62), L1 = X<T>(M50, M56), L2 = X<T>(M46, M48), L3 = X<T>(M47, M55), L4 = X<T>(M54, M58);
  const L5 = X<T>(M49, M61), L6 = X<T>(M62, L5), L7 = X<T>(M46, L3), L8 = X<T>(M51, M59), L9 = X<T>(M52, M53);
  const L10 = X<T>(M53, L4), L11 = X<T>(M60, L2), L12 = X<T>(M48, M51), L13 = X<T>(M50, L0), L14 = X<T>(M52, M61);
  const L15 = X<T>(M55, L1), L16 = X<T>(M56, L0), L17 = X<T>(M57, L1), L18 = X<T>(M58, L8), L19 = X<T>(M63, L4);
  const L20 = X<T>(L0, L1), L21 = X<T>(L1, L7), L22 = X<T>(L3, L12), L23 = X<T>(L18, L2), L24 = X<T>(L15, L9);
  const L25 = X<T>(L6, L10), L26 = X<T>(L7, L9), L27 = X<T>(L8, L10), L28 = X<T>(L11, L14), L29 = X<T>(L11, L17);

  const S0 = X<T>(L6, L24), S1 = X<T>(L16, L26), S2 = X<T>(L19, L28), S3 = X<T>(L6, L21); // S1, S2: XNOR
  const S4 = X<T>(L20, L22), S5 = X<T>(L25, L29), S6 = X<T>(L13, L27), S7 = X<T>(L6, L23);   // S6, S7: XNOR
  if (isVector<T>() && rk != 0) {
    mixColumnsAddKeyX8(p, rk, j, changetype<v128>(S7), changetype<v128>(S6), changetype<v128>(S5),
      changetype<v128>(S4), changetype<v128>(S3), changetype<v128>(S2), changetype<v128>(S1), changetype<v128>(S0));
  } else {
    store<T>(p + 7 * W, S0); store<T>(p + 6 * W, S1); store<T>(p + 5 * W, S2); store<T>(p + 4 * W, S3);
    store<T>(p + 3 * W, S4); store<T>(p + 2 * W, S5); store<T>(p + W, S6); store<T>(p, S7);
  }
}
