import type { Migration } from './migration';
import { accountsAndSettings } from './0001-accounts-and-settings';

/** Every migration in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [accountsAndSettings];

export type { Migration };
