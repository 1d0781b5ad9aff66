// AssemblyScript harness for p521-field.test.ts: the kernel's field multiply, square and linear operations over raw
// limb buffers, compiled twice by the test (with and without SIMD128), so each build's functions can be compared on
// chosen limbs.
import { feAdd, feMul, feMul3Sub, feMul4Sub, feNeg, feSqr, feSub, feSub3, feSubMul8, feSubSub } from '../../assembly/p521/field-mul';

export function mul(r: usize, a: usize, b: usize): void { feMul(r, a, b); }
export function sqr(r: usize, a: usize): void { feSqr(r, a); }
/** Linear operation `op` (0 add, 1 sub, 2 neg, 3 sub3, 4 subSub, 5 subMul8, 6 mul4Sub, 7 mul3Sub) of a, b, c. */
export function linear(op: i32, r: usize, a: usize, b: usize, c: usize): void {
  switch (op) {
    case 0: feAdd(r, a, b); break;
    case 1: feSub(r, a, b); break;
    case 2: feNeg(r, a); break;
    case 3: feSub3(r, a, b); break;
    case 4: feSubSub(r, a, b, c); break;
    case 5: feSubMul8(r, a, b); break;
    case 6: feMul4Sub(r, a, b); break;
    default: feMul3Sub(r, a, b);
  }
}
