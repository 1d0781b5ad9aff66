// AssemblyScript harness for p521-inverse.test.ts: the kernel's two inversions (mod n for ECDSA, mod p for the
// points' affine coordinates) over raw limb buffers.
import { feInv } from '../../assembly/p521/field';
import { scInv } from '../../assembly/p521/scalar';

export function invN(r: usize, a: usize): void { scInv(r, a); }
export function invP(r: usize, a: usize): void { feInv(r, a); }
