// P-521-family groups. Filled in with the P-521 kernel.
import type { GroupFactory } from '../types.ts';

export const p521Groups: GroupFactory = async () => [];
