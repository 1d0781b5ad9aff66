// Every benchmark group factory, in report order. Each family adds its own file.
import type { GroupFactory } from '../types.ts';
import { hashGroups } from './hash.ts';
import { aesGroups } from './aes.ts';
import { p521Groups } from './p521.ts';

export const GROUP_FACTORIES: readonly GroupFactory[] = [hashGroups, aesGroups, p521Groups];
