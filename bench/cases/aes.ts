// AES-family groups. Filled in with the AES kernel.
import type { GroupFactory } from '../types.ts';

export const aesGroups: GroupFactory = async () => [];
