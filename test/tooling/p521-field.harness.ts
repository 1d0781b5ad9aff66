// AssemblyScript harness for p521-field.test.ts: the kernel's field multiply and square over raw limb buffers,
// compiled twice by the test (with and without SIMD128), so each build's feMul can be compared on chosen limbs.
import { feMul, feSqr } from '../../assembly/p521/field-mul';

export function mul(r: usize, a: usize, b: usize): void { feMul(r, a, b); }
export function sqr(r: usize, a: usize): void { feSqr(r, a); }
